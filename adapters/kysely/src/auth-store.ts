import type { AuthStore, RevokeSessions, Session } from "@ticketflow/core"
import { sql, type Kysely } from "kysely"
import { instant } from "./columns.ts"
import { mappingStoreFailures } from "./db-errors.ts"
import type { Database } from "./schema.ts"

interface SessionRow {
  token_hash: string
  tenant_id: string
  user_id: string
  created_at: unknown
  expires_at: unknown
}

function sessionOf(row: SessionRow): Session {
  return {
    tokenHash: row.token_hash,
    tenantId: row.tenant_id,
    userId: row.user_id,
    createdAt: instant(row.created_at),
    expiresAt: instant(row.expires_at),
  }
}

/** Deletes the user's sessions but `except` (the `sessions_by_user` index). */
function revokeQuery(db: Kysely<Database>, tenantId: string, userId: string, { except }: RevokeSessions) {
  const ofUser = db.deleteFrom("sessions").where("tenant_id", "=", tenantId).where("user_id", "=", userId)
  return except === undefined ? ofUser : ofUser.where("token_hash", "<>", except)
}

/**
 * The built-in login's `AuthStore` on Postgres or PGlite: the `passwords` and `sessions` tables
 * of migration 0003. Every method is one statement (a password change with `revoke`, one transaction); a password or session needs its user to exist.
 * A lost or refused connection rejects with `StoreFailure` (answered 503 with `Retry-After`).
 *
 * @example
 * const auth = createKyselyAuthStore(db)
 * await auth.setPasswordHash(tenantId, userId, await hashPassword("correct horse"))
 */
export function createKyselyAuthStore(db: Kysely<Database>): AuthStore {
  return mappingStoreFailures<AuthStore>({
    async getPasswordHash(tenantId, userId) {
      const row = await db
        .selectFrom("passwords")
        .select("hash")
        .where("tenant_id", "=", tenantId)
        .where("user_id", "=", userId)
        .executeTakeFirst()
      return row?.hash ?? null
    },
    async setPasswordHash(tenantId, userId, hash, revoke) {
      const upsert = (executor: Kysely<Database>) =>
        executor
          .insertInto("passwords")
          .values({ tenant_id: tenantId, user_id: userId, hash })
          .onConflict((conflict) => conflict.columns(["tenant_id", "user_id"]).doUpdateSet({ hash, updated_at: sql<string>`now()` }))
          .execute()
      if (revoke === undefined) {
        await upsert(db)
        return
      }
      await db.transaction().execute(async (trx) => {
        await upsert(trx)
        await revokeQuery(trx, tenantId, userId, revoke).execute()
      })
    },
    async createSession(session) {
      await db
        .insertInto("sessions")
        .values({
          token_hash: session.tokenHash,
          tenant_id: session.tenantId,
          user_id: session.userId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute()
    },
    async findSession(tokenHash, now) {
      const row = await db
        .selectFrom("sessions")
        .select(["token_hash", "tenant_id", "user_id", "created_at", "expires_at"])
        .where("token_hash", "=", tokenHash)
        .where("expires_at", ">", now)
        .executeTakeFirst()
      return row === undefined ? null : sessionOf(row)
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute()
    },
    async revokeSessions(tenantId, userId, options = {}) {
      const result = await revokeQuery(db, tenantId, userId, options).executeTakeFirst()
      return Number(result.numDeletedRows)
    },
    async deleteExpiredSessions(now) {
      const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  })
}
