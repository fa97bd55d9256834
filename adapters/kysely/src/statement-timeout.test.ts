import { sql } from "kysely"
import { afterAll, describe, expect, it } from "vitest"
import { openPostgres, type PostgresHandle } from "./postgres.ts"
import { testDatabaseUrl } from "./test-databases.ts"

describe("a statement timeout on Postgres", () => {
  const handles: PostgresHandle[] = []
  afterAll(async () => {
    for (const handle of handles) await handle.close()
  })

  it("bounds every statement by 5 s by default, and by statementTimeoutMs when given", async () => {
    const byDefault = await openPostgres({ connectionString: testDatabaseUrl, max: 1 })
    handles.push(byDefault)
    expect((await sql<{ statement_timeout: string }>`SHOW statement_timeout`.execute(byDefault.db)).rows).toEqual([{ statement_timeout: "5s" }])

    const short = await openPostgres({ connectionString: testDatabaseUrl, max: 1, statementTimeoutMs: 200 })
    handles.push(short)
    const error = await sql`SELECT pg_sleep(5)`.execute(short.db).then(() => null, (e: unknown) => e)
    // query_canceled: the server cancelled the statement; the connection stays usable.
    expect(error).toMatchObject({ code: "57014" })
    expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(short.db)).rows).toEqual([{ one: 1 }])
  })
})
