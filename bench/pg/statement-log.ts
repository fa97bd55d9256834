import type { LogEvent } from "kysely"

/** The store method a statement comes from, recognised by its SQL. */
export function statementLabel(sql: string): string {
  const text = sql.replace(/\s+/g, " ").trim()
  if (text.includes("FROM department_members m JOIN departments d") && text.includes("FROM users u")) return "loadActor"
  if (/FROM tenants t WHERE t\.id =/.test(text)) return "getTenant"
  if (/^SELECT .* FROM tickets t WHERE t\.tenant_id = \$1 AND t\.id = \$2$/.test(text)) return "getTicket (by id)"
  if (/^SELECT .* FROM tickets t WHERE t\.tenant_id = \$1 AND t\.number = \$2$/.test(text)) return "getTicket (by number)"
  const config = /FROM (\w+) c WHERE c\.tenant_id = \$1 AND c\.key = \$2$/.exec(text)
  if (config !== null) return `getConfig (${config[1]})`
  if (text.startsWith("WITH written AS")) return "commit"
  if (text.startsWith("SELECT definition FROM workflows")) return "getWorkflow"
  if (/^select "version" from "tickets"/i.test(text)) return "commit: reading the version after a miss"
  return text.slice(0, 60)
}

/** What one statement kind cost while recording. */
export interface StatementTally {
  count: number
  totalMs: number
  sql: string
  /** The parameters it was last sent with. */
  parameters: ReadonlyArray<unknown>
}

/**
 * A kysely `log` hook that tallies statements by store method while recording is on; off, it
 * costs one branch per statement.
 */
export function statementRecorder(): {
  readonly log: (event: LogEvent) => void
  start(): void
  stop(): Map<string, StatementTally>
} {
  let tallies: Map<string, StatementTally> | null = null
  return {
    log(event) {
      if (tallies === null) return
      const label = statementLabel(event.query.sql)
      const tally = tallies.get(label) ?? { count: 0, totalMs: 0, sql: event.query.sql, parameters: [] }
      tally.count += 1
      tally.parameters = event.query.parameters
      tally.totalMs += event.queryDurationMillis
      tallies.set(label, tally)
    },
    start() {
      tallies = new Map()
    },
    stop() {
      const done = tallies ?? new Map<string, StatementTally>()
      tallies = null
      return done
    },
  }
}
