import * as z from "zod"
import { ConfigBase, Duration, Id, Key } from "./common.ts"

/** First-response and resolution targets in business time for a priority. */
export const SlaPolicy = ConfigBase.extend({
  priorityKey: Key,
  /** Narrow the policy; the most specific matching policy applies. */
  typeKey: Key.nullable().default(null),
  departmentKey: Key.nullable().default(null),
  organisationId: Id.nullable().default(null),
  calendarKey: Key.nullable().default(null),
  firstResponse: Duration.nullable().default(null),
  resolution: Duration.nullable().default(null),
})
/** First-response and resolution targets for a priority. */
export type SlaPolicy = z.infer<typeof SlaPolicy>
