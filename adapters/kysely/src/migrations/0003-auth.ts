import { sql, type Kysely } from "kysely"
import type { Migration } from "kysely/migration"

const up: ReadonlyArray<string> = [
  // A password hash (argon2id or scrypt, made by the HTTP adapter) per user; gone with the user.
  `CREATE TABLE passwords (
    tenant_id text NOT NULL,
    user_id text NOT NULL,
    hash text NOT NULL CHECK (hash <> ''),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
  )`,
  // Bearer tokens are stored as their hash only: a leaked table logs nobody in.
  `CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    tenant_id text NOT NULL,
    user_id text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
  )`,
  // The periodic purge of expired sessions is a range scan.
  `CREATE INDEX sessions_expiry ON sessions (expires_at)`,
  // A user's sessions (logout everywhere, the cascade from users).
  `CREATE INDEX sessions_by_user ON sessions (tenant_id, user_id)`,
]

/** Credentials of the built-in login: password hashes and hashed session tokens. */
export const auth: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of up) await sql.raw(statement).execute(db)
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TABLE IF EXISTS sessions`.execute(db)
    await sql`DROP TABLE IF EXISTS passwords`.execute(db)
  },
}
