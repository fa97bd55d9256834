import * as z from "zod"
import { ConfigBase, Id, Key } from "./common.ts"

/** A team of agents with its own queue. */
export const Department = ConfigBase.extend({
  memberIds: z.array(Id).default([]),
  /** The workflow this department's tickets run, unless their type binds one. */
  workflowKey: Key.nullable().default(null),
  email: z.email().nullable().default(null),
})
/** A team of agents with its own queue. */
export type Department = z.infer<typeof Department>
