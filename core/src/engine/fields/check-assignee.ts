import { Effect } from "effect"
import { ValidationFailed } from "../../errors.ts"
import { readStore } from "../services.ts"

/** An assignee must be an active agent or admin of the tenant; null (unassigned) always passes. */
export const checkAssignee = Effect.fnUntraced(function* (tenantId: string, assigneeId: string | null) {
  if (assigneeId === null) return
  const user = yield* readStore((s) => s.getUser(tenantId, assigneeId))
  if (user === null || !user.active || user.kind === "customer") {
    return yield* new ValidationFailed({
      message: `${assigneeId} is not an active agent`,
      issues: [{ path: ["assigneeId"], message: "Not an active agent or admin of this tenant" }],
    })
  }
})
