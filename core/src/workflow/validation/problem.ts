import type { WorkflowProblem } from "../../errors.ts"
import { actorRoles, guardNames } from "../definition.ts"

/** Where in the definition a problem is: keys and indexes from its root. */
export type Path = ReadonlyArray<string | number>

/** The roles a transition may name. */
export const knownRoles: ReadonlySet<string> = new Set(actorRoles)
/** The guards a transition may name. */
export const knownGuards: ReadonlySet<string> = new Set(guardNames)

/** One problem of a definition, with the status or event it is about when there is one. */
export function problem(
  code: string,
  message: string,
  path: Path,
  extra: { readonly status?: string | undefined; readonly event?: string | undefined } = {},
): WorkflowProblem {
  // Optional keys are left out rather than set to undefined, so problems compare cleanly.
  return {
    code,
    message,
    path,
    ...(extra.status === undefined ? {} : { status: extra.status }),
    ...(extra.event === undefined ? {} : { event: extra.event }),
  }
}
