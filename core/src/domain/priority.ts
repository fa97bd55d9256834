import * as z from "zod"
import { Color, ConfigBase } from "./common.ts"

/** How urgent a ticket is; a higher rank is more urgent. */
export const Priority = ConfigBase.extend({
  rank: z.number().int().min(0).max(1000),
  color: Color.default("#8c8c8c"),
})
/** How urgent a ticket is. */
export type Priority = z.infer<typeof Priority>
