import * as z from "zod"
import { ConfigBase, Key } from "./common.ts"

/** `requester_only` types are hidden from organisation support admins (seed 002's incentives). */
export const TicketTypeVisibility = z.enum(["organisation", "requester_only"])
/** Who on the customer side sees tickets of a type. */
export type TicketTypeVisibility = z.infer<typeof TicketTypeVisibility>

/** A kind of request: question, bug, billing… */
export const TicketType = ConfigBase.extend({
  visibility: TicketTypeVisibility.default("organisation"),
  workflowKey: Key.nullable().default(null),
})
/** A kind of request. */
export type TicketType = z.infer<typeof TicketType>
