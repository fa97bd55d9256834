import type { AuthStore, RevokeSessions } from "@ticketflow/core"

/** Whose sessions changed: a stream of that user re-checks its own session at once. */
export interface RevokedUser {
  readonly tenantId: string
  readonly userId: string
}

/**
 * Tells this process's live streams that a user's sessions were revoked (logout, password
 * change, reset, deactivation). It only hastens the check: the `AuthStore` stays the truth, and
 * a stream in another process finds out at its next periodic check.
 */
export interface SessionRevocations {
  /** Tells every listener of the user; call after the store deleted the sessions. */
  revoked(user: RevokedUser): void
  /** Listens for revocations of one user; returns how to stop. */
  listen(user: RevokedUser, listener: () => void): () => void
}

/** A `SessionRevocations` in process memory. */
export function sessionRevocations(): SessionRevocations {
  const listeners = new Map<string, Set<() => void>>()
  const keyOf = (user: RevokedUser) => `${user.tenantId}\u0000${user.userId}`
  return {
    revoked(user) {
      for (const listener of [...(listeners.get(keyOf(user)) ?? [])]) listener()
    },
    listen(user, listener) {
      const key = keyOf(user)
      const set = listeners.get(key) ?? new Set()
      set.add(listener)
      listeners.set(key, set)
      return () => {
        set.delete(listener)
        if (set.size === 0) listeners.delete(key)
      }
    },
  }
}

/**
 * Revokes a user's sessions in the store (all, or all but `options.except`) and tells this
 * process's streams; returns how many ended.
 */
export async function revokeUserSessions(store: AuthStore, revocations: SessionRevocations, user: RevokedUser, options: RevokeSessions = {}): Promise<number> {
  const removed = await store.revokeSessions(user.tenantId, user.userId, options)
  revocations.revoked(user)
  return removed
}
