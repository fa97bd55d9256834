import type { Kysely, KyselyConfig } from "kysely"
import type { Database } from "./schema.ts"

/** An open database and the way to close it (PGlite keeps the process alive until closed). */
export interface DatabaseHandle {
  readonly db: Kysely<Database>
  close(): Promise<void>
}

/** Kysely options both openers pass on, such as `log` to count the statements sent. */
export type KyselyOptions = Pick<KyselyConfig, "log">

/** Quotes a Postgres identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
