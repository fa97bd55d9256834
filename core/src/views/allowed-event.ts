import * as z from "zod"
import { StatusCategory } from "../domain/ticket.ts"
import type { AllowedEvent } from "../engine/queries/conversation.ts"

/** An event the actor may fire now: where it leads and whether it needs a comment or a resolution. */
export const AllowedEventView = z.object({
  event: z.string(),
  target: z.string(),
  targetCategory: StatusCategory,
  comment: z.enum(["required", "optional", "none"]),
  /** Resolutions the actor may choose from; the first is the default. */
  resolutions: z.array(z.string()),
  name: z.string(),
  labels: z.record(z.string(), z.string()),
})
/** An event the actor may fire now. */
export type AllowedEventView = z.infer<typeof AllowedEventView>

/** An allowed event as the API shows it. */
export function toAllowedEventView(allowed: AllowedEvent): AllowedEventView {
  return { ...allowed, resolutions: [...allowed.resolutions], labels: { ...allowed.labels } }
}
