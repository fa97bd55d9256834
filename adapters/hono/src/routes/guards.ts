import { Forbidden, type Actor, type Engine } from "@ticketflow/core"

/** Fails with `Forbidden` unless the actor is an admin: checked before anything that could tell what exists. */
export async function requireAdmin(engine: Engine, actor: Actor, action: string): Promise<void> {
  const { user } = await engine.me(actor)
  if (user.kind !== "admin") throw new Forbidden({ message: `Only admins may ${action}`, action })
}

/** Fails with `Forbidden` unless the actor is on the support team. */
export async function requireStaff(engine: Engine, actor: Actor, action: string): Promise<void> {
  const { user } = await engine.me(actor)
  if (user.kind === "customer") throw new Forbidden({ message: `Only the support team may ${action}`, action })
}
