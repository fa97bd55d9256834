/** A login session: the token itself is never stored, only its hash. */
export interface Session {
  readonly tokenHash: string
  readonly tenantId: string
  readonly userId: string
  readonly createdAt: string
  readonly expiresAt: string
}

/**
 * Storage of credentials for the built-in login: password hashes (argon2id or scrypt strings,
 * made by the HTTP adapter) and hashed bearer tokens. Host apps with their own authentication
 * do not need it.
 */
export interface AuthStore {
  getPasswordHash(tenantId: string, userId: string): Promise<string | null>
  setPasswordHash(tenantId: string, userId: string, hash: string): Promise<void>
  createSession(session: Session): Promise<void>
  /** The session of a token hash, or null when unknown or expired at `now`. */
  findSession(tokenHash: string, now: Date): Promise<Session | null>
  deleteSession(tokenHash: string): Promise<void>
  /** Removes every session that expired before `now`; returns how many. */
  deleteExpiredSessions(now: Date): Promise<number>
}

/** An `AuthStore` in process memory. */
export function createMemoryAuthStore(): AuthStore {
  const passwords = new Map<string, string>()
  const sessions = new Map<string, Session>()
  return {
    async getPasswordHash(tenantId, userId) {
      return passwords.get(`${tenantId}\u0000${userId}`) ?? null
    },
    async setPasswordHash(tenantId, userId, hash) {
      passwords.set(`${tenantId}\u0000${userId}`, hash)
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
