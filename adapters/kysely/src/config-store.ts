import { Conflict } from "@ticketflow/core"
import type { ConfigEntities, ConfigKind } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { sql, type Kysely, type RawBuilder } from "kysely"
import { configTables } from "./config-tables.ts"
import { uniqueViolation } from "./db-errors.ts"
import type { Database } from "./schema.ts"

type ConfigMethods = Pick<TicketStore, "getConfig" | "listConfig" | "putConfig" | "deleteConfig">
type Row = Record<string, unknown>

const raw = sql.raw

// Members come back in the order they were listed.
const members = raw(`, coalesce((
    SELECT jsonb_agg(m.user_id ORDER BY m.ordinal) FROM department_members m
    WHERE m.tenant_id = c.tenant_id AND m.department_key = c.key), '[]'::jsonb) AS member_ids`)

function selectConfig(kind: ConfigKind): RawBuilder<unknown> {
  const { table, row } = configTables[kind]
  return sql`SELECT c.tenant_id, ${raw(row.select("c"))}${kind === "department" ? members : sql``} FROM ${raw(table)} c`
}

function fromRow<K extends ConfigKind>(kind: K, row: Row): ConfigEntities[K] {
  const entity = configTables[kind].row.fromRow(row) as Record<string, unknown>
  if (kind === "department") entity.memberIds = row.member_ids
  if (kind === "organisation") entity.tenantId = row.tenant_id
  return entity as ConfigEntities[K]
}

/** The statement that upserts (or with `create` inserts) an entity, with what else its kind keeps in step. */
function putStatement<K extends ConfigKind>(tenantId: string, kind: K, entity: ConfigEntities[K], create: boolean): RawBuilder<unknown> {
  const { table, row } = configTables[kind]
  const updates = row.columns.filter((c) => c.column !== "key").map((c) => `${c.column} = EXCLUDED.${c.column}`)
  const upsert = sql`INSERT INTO ${raw(table)} (tenant_id, ${raw(row.names)})
    SELECT ${tenantId}, ${raw(row.columns.map((c) => `r.${c.column}`).join(", "))}
    FROM jsonb_to_record(${JSON.stringify(row.record(entity))}::jsonb) AS r(${raw(row.definition)})
    ${create ? sql`` : sql`ON CONFLICT (tenant_id, key) DO UPDATE SET ${raw(updates.join(", "))}`}`
  if (kind === "department") {
    const memberIds = [...new Set((entity as ConfigEntities["department"]).memberIds)]
    const list = sql`jsonb_array_elements_text(${JSON.stringify(memberIds)}::jsonb) WITH ORDINALITY AS x(user_id, ordinal)`
    return sql`WITH d AS (${upsert} RETURNING tenant_id, key),
      gone AS (
        DELETE FROM department_members m USING d
        WHERE m.tenant_id = d.tenant_id AND m.department_key = d.key
          AND m.user_id NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(memberIds)}::jsonb)))
      INSERT INTO department_members (tenant_id, department_key, user_id, ordinal)
      SELECT d.tenant_id, d.key, x.user_id, x.ordinal FROM d, ${list}
      ON CONFLICT (tenant_id, department_key, user_id) DO UPDATE SET ordinal = EXCLUDED.ordinal`
  }
  if (kind === "priority") {
    // Tickets carry their priority's rank for the priority sort: keep them in step.
    return sql`WITH p AS (${upsert} RETURNING tenant_id, key, rank)
      UPDATE tickets t SET priority_rank = p.rank FROM p
      WHERE t.tenant_id = p.tenant_id AND t.priority_key = p.key AND t.priority_rank IS DISTINCT FROM p.rank`
  }
  return upsert
}

/** The configuration methods of the store: one table per kind, one statement per call. */
export function configStore(db: Kysely<Database>): ConfigMethods {
  return {
    async getConfig(tenantId, kind, key) {
      const { rows } = await sql<Row>`${selectConfig(kind)} WHERE c.tenant_id = ${tenantId} AND c.key = ${key}`.execute(db)
      const row = rows[0]
      return row === undefined ? null : fromRow(kind, row)
    },
    async listConfig(tenantId, kind) {
      const { rows } = await sql<Row>`${selectConfig(kind)} WHERE c.tenant_id = ${tenantId} ORDER BY c.position`.execute(db)
      return rows.map((row) => fromRow(kind, row))
    },
    async putConfig(tenantId, kind, entity, options) {
      const create = options?.create === true
      try {
        await putStatement(tenantId, kind, entity, create).execute(db)
      } catch (error) {
        const violated = uniqueViolation(error)
        if (violated === "organisations_tenant_id_id_key") {
          throw new Conflict({ message: `Another organisation has the id ${String((entity as { id?: unknown }).id)}`, reason: "duplicate_key" })
        }
        if (create && violated !== null) throw new Conflict({ message: `A ${kind} with key ${entity.key} exists`, reason: "duplicate_key" })
        throw error
      }
    },
    async deleteConfig(tenantId, kind, key) {
      const { table } = configTables[kind]
      const deleted = sql`DELETE FROM ${raw(table)} WHERE tenant_id = ${tenantId} AND key = ${key} RETURNING tenant_id, key`
      const statement =
        kind === "priority"
          ? sql<{ removed: number }>`WITH d AS (${deleted}),
              u AS (UPDATE tickets t SET priority_rank = NULL FROM d WHERE t.tenant_id = d.tenant_id AND t.priority_key = d.key)
              SELECT count(*)::int AS removed FROM d`
          : sql<{ removed: number }>`WITH d AS (${deleted}) SELECT count(*)::int AS removed FROM d`
      const { rows } = await statement.execute(db)
      return (rows[0]?.removed ?? 0) > 0
    },
  }
}
