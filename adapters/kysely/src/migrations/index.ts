import type { Migration, MigrationProvider } from "kysely/migration"
import { initial } from "./0001-initial.ts"
import { timerClaims } from "./0002-timer-claims.ts"
import { auth } from "./0003-auth.ts"

/** Every migration by name, in the order they run (names sort as they are applied). */
export const migrations: Readonly<Record<string, Migration>> = {
  "0001-initial": initial,
  "0002-timer-claims": timerClaims,
  "0003-auth": auth,
}

/** A provider over the imported migrations: a file provider cannot load `.ts` files under vitest. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
}
