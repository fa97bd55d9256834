import type { AuthStore } from "@ticketflow/core"
import { defaultPasswordCost, hashPassword } from "./password.ts"

/**
 * Gives a user a password for the built-in login (seeding the demo, an admin's CLI).
 *
 * @example
 * await setPassword(authStore, tenantId, userId, "demo-password")
 */
export async function setPassword(store: AuthStore, tenantId: string, userId: string, password: string, cost: number = defaultPasswordCost): Promise<void> {
  await store.setPasswordHash(tenantId, userId, await hashPassword(password, cost))
}
