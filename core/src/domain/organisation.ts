import * as z from "zod"
import { ConfigBase, Id } from "./common.ts"

/** A customer company. */
export const Organisation = ConfigBase.extend({
  id: Id,
  tenantId: Id,
})
/** A customer company. */
export type Organisation = z.infer<typeof Organisation>
