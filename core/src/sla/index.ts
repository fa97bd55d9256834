/** SLA arithmetic in business time and the pure state machine of a ticket's SLA clock. */
export { addBusinessTime, businessTimeBetween, isWithinBusinessHours } from "./business-time.ts"
export {
  dueBreaches,
  markBreached,
  nextSlaDeadline,
  noSla,
  onStatusCategory,
  recordFirstResponse,
  startSla,
} from "./clock.ts"
export type { SlaTarget, StartSlaInput } from "./clock.ts"
export { durationToMillis } from "./duration.ts"
export { selectSlaPolicy } from "./policy-match.ts"
export type { SlaPolicySubject } from "./policy-match.ts"
