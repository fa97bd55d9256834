/** A login session: the token itself is never stored, only its hash. */
export interface Session {
  readonly tokenHash: string
  readonly tenantId: string
  readonly userId: string
  readonly createdAt: string
  readonly expiresAt: string
}

/** Which sessions of a user a revocation keeps: at most the one (by token hash) that made the change. */
export interface RevokeSessions {
  /** The token hash of the session to keep (a user changing their own password); none when absent. */
  readonly except?: string | undefined
}

/**
 * Storage of credentials for the built-in login: password hashes (argon2id or scrypt strings,
 * made by the HTTP adapter) and hashed bearer tokens. Host apps with their own authentication
 * do not need it.
 */
export interface AuthStore {
  /** The user's password hash, or null when they have none. */
  getPasswordHash(tenantId: string, userId: string): Promise<string | null>
  /**
   * Sets the user's password hash; with `revoke`, deletes every session of the user but
   * `revoke.except` in the same transaction (a password change ends the other sessions).
   */
  setPasswordHash(tenantId: string, userId: string, hash: string, revoke?: RevokeSessions): Promise<void>
  /** Stores a new session. */
  createSession(session: Session): Promise<void>
  /** The session of a token hash, or null when unknown or expired at `now`. */
  findSession(tokenHash: string, now: Date): Promise<Session | null>
  /** Deletes one session (logout); an unknown one is no error. */
  deleteSession(tokenHash: string): Promise<void>
  /**
   * Deletes every session of the user but `options.except`; returns how many. A deleted session
   * is gone for good: nothing (a reactivation, a new password) brings it back.
   */
  revokeSessions(tenantId: string, userId: string, options?: RevokeSessions): Promise<number>
  /** Removes every session that expired before `now`; returns how many. */
  deleteExpiredSessions(now: Date): Promise<number>
}

/** An `AuthStore` in process memory. */
export function createMemoryAuthStore(): AuthStore {
  const passwords = new Map<string, string>()
  const sessions = new Map<string, Session>()
  const revoke = (tenantId: string, userId: string, options: RevokeSessions = {}): number => {
    let removed = 0
    for (const [hash, session] of sessions) {
      if (session.tenantId === tenantId && session.userId === userId && hash !== options.except) {
        sessions.delete(hash)
        removed += 1
      }
    }
    return removed
  }
  return {
    async getPasswordHash(tenantId, userId) {
      return passwords.get(`${tenantId}\u0000${userId}`) ?? null
    },
    async setPasswordHash(tenantId, userId, hash, revokeOthers) {
      passwords.set(`${tenantId}\u0000${userId}`, hash)
      if (revokeOthers !== undefined) revoke(tenantId, userId, revokeOthers)
    },
    async createSession(session) {
      sessions.set(session.tokenHash, session)
    },
    async findSession(tokenHash, now) {
      const session = sessions.get(tokenHash)
      return session === undefined || session.expiresAt <= now.toISOString() ? null : session
    },
    async deleteSession(tokenHash) {
      sessions.delete(tokenHash)
    },
    async revokeSessions(tenantId, userId, options) {
      return revoke(tenantId, userId, options)
    },
    async deleteExpiredSessions(now) {
      let removed = 0
      for (const [hash, session] of sessions) {
        if (session.expiresAt <= now.toISOString()) {
          sessions.delete(hash)
          removed += 1
        }
      }
      return removed
    },
  }
}
