import { Conflict } from "@ticketflow/core"
import type { Attachment, Message, Tenant, Ticket, TicketEvent, Timer, User, WorkflowDefinition } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { sql, type Kysely, type RawBuilder } from "kysely"
import { commitChange } from "./commit.ts"
import { configStore } from "./config-store.ts"
import { mappingStoreFailures, uniqueViolation } from "./db-errors.ts"
import { attachmentRow, eventRow, idempotencyRow, messageRow, tenantRow, ticketRow, timerRow, userRow } from "./rows.ts"
import type { Database } from "./schema.ts"
import { countTickets, listTickets } from "./ticket-query.ts"
import type { RowSpec } from "./columns.ts"

type Row = Record<string, unknown>
const raw = sql.raw
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`

/** An upsert by primary key from a JSON record: every column but the key is replaced. */
function upsert<T>(table: string, spec: RowSpec<T>, entity: T, key: ReadonlyArray<string>): RawBuilder<unknown> {
  const updates = spec.columns.filter((c) => !key.includes(c.column)).map((c) => `${c.column} = EXCLUDED.${c.column}`)
  return sql`INSERT INTO ${raw(table)} (${raw(spec.names)})
    SELECT ${raw(spec.columns.map((c) => `r.${c.column}`).join(", "))} FROM jsonb_to_record(${json(spec.record(entity))}) AS r(${raw(spec.definition)})
    ON CONFLICT (${raw(key.join(", "))}) DO UPDATE SET ${raw(updates.join(", "))}`
}

async function all<T>(spec: RowSpec<T>, query: RawBuilder<Row>, db: Kysely<Database>): Promise<T[]> {
  const { rows } = await query.execute(db)
  return rows.map((row) => spec.fromRow(row))
}

async function first<T>(spec: RowSpec<T>, query: RawBuilder<Row>, db: Kysely<Database>): Promise<T | null> {
  const { rows } = await query.execute(db)
  const row = rows[0]
  return row === undefined ? null : spec.fromRow(row)
}

/**
 * A `TicketStore` on Postgres or PGlite through Kysely. Every method is one statement (one round
 * trip); `commit` writes a whole change in one statement, atomic without an explicit transaction.
 * A lost or refused connection rejects with `StoreFailure`, as the engine reports it.
 *
 * @example
 * const { db } = await openPglite()
 * await migrate(db)
 * const engine = createEngine({ store: createKyselyStore(db) })
 */
export function createKyselyStore(db: Kysely<Database>): TicketStore {
  const selectUsers = sql`SELECT ${raw(userRow.select("u"))} FROM users u`

  return mappingStoreFailures<TicketStore>({
    ...configStore(db),

    getTenant: (tenantId) => first(tenantRow, sql`SELECT ${raw(tenantRow.select("t"))} FROM tenants t WHERE t.id = ${tenantId}`, db),
    listTenants: () => all(tenantRow, sql`SELECT ${raw(tenantRow.select("t"))} FROM tenants t ORDER BY t.position`, db),
    async putTenant(tenant: Tenant) {
      try {
        await upsert("tenants", tenantRow, tenant, ["id"]).execute(db)
      } catch (error) {
        if (uniqueViolation(error) === "tenants_key_key") {
          throw new Conflict({ message: `The tenant key ${tenant.key} is taken`, reason: "duplicate_key" })
        }
        throw error
      }
    },

    getUser: (tenantId, userId) => first(userRow, sql`${selectUsers} WHERE u.tenant_id = ${tenantId} AND u.id = ${userId}`, db),
    findUser: (tenantId, by) =>
      first(
        userRow,
        "email" in by
          ? sql`${selectUsers} WHERE u.tenant_id = ${tenantId} AND lower(u.email) = lower(${by.email})`
          : sql`${selectUsers} WHERE u.tenant_id = ${tenantId} AND u.external_id = ${by.externalId}`,
        db,
      ),
    listUsers: (tenantId) => all(userRow, sql`${selectUsers} WHERE u.tenant_id = ${tenantId} ORDER BY u.position`, db),
    async putUser(user: User) {
      try {
        await upsert("users", userRow, user, ["tenant_id", "id"]).execute(db)
      } catch (error) {
        const constraint = uniqueViolation(error)
        if (constraint === "users_email") {
          throw new Conflict({ message: `The email ${user.email} is taken`, reason: "duplicate_key" })
        }
        if (constraint === "users_external_id") {
          throw new Conflict({ message: `The external id ${user.externalId ?? ""} is taken`, reason: "duplicate_key" })
        }
        throw error
      }
    },
    async loadActor(tenantId, userId) {
      // The user and their departments (in the departments' order) in one statement.
      const { rows } = await sql<Row>`
        SELECT ${raw(userRow.select("u"))}, coalesce((
          SELECT jsonb_agg(d.key ORDER BY d.position)
          FROM department_members m JOIN departments d ON d.tenant_id = m.tenant_id AND d.key = m.department_key
          WHERE m.tenant_id = u.tenant_id AND m.user_id = u.id), '[]'::jsonb) AS department_keys,
          t.key AS tenant_key, t.name AS tenant_name, t.settings AS tenant_settings
        FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.tenant_id = ${tenantId} AND u.id = ${userId}`.execute(db)
      const row = rows[0]
      if (row === undefined) return null
      const tenant = tenantRow.fromRow({ id: tenantId, key: row.tenant_key, name: row.tenant_name, settings: row.tenant_settings })
      return { user: userRow.fromRow(row), departmentKeys: row.department_keys as string[], tenant }
    },

    async getWorkflow(tenantId, key, version) {
      const { rows } = await (version === undefined
        ? sql<{ definition: WorkflowDefinition }>`SELECT definition FROM workflows WHERE tenant_id = ${tenantId} AND key = ${key} ORDER BY version DESC LIMIT 1`
        : sql<{ definition: WorkflowDefinition }>`SELECT definition FROM workflows WHERE tenant_id = ${tenantId} AND key = ${key} AND version = ${version}`
      ).execute(db)
      return rows[0]?.definition ?? null
    },
    async listWorkflows(tenantId) {
      // The latest version of each key, keys in the order they were first published.
      const { rows } = await sql<{ definition: WorkflowDefinition }>`
        SELECT definition FROM (
          SELECT definition, row_number() OVER (PARTITION BY key ORDER BY version DESC) AS newest,
                 min(position) OVER (PARTITION BY key) AS first_published
          FROM workflows WHERE tenant_id = ${tenantId}) w
        WHERE newest = 1 ORDER BY first_published`.execute(db)
      return rows.map((row) => row.definition)
    },
    async putWorkflow(tenantId, definition) {
      try {
        await sql`INSERT INTO workflows (tenant_id, key, version, definition)
          VALUES (${tenantId}, ${definition.key}, ${definition.version}, ${json(definition)})`.execute(db)
      } catch (error) {
        if (uniqueViolation(error) === "workflows_pkey") {
          throw new Conflict({ message: `Workflow ${definition.key} already has a version ${definition.version}`, reason: "duplicate_key" })
        }
        throw error
      }
    },

    getTicket: (tenantId, ref) =>
      first(
        ticketRow,
        sql`SELECT ${raw(ticketRow.select("t"))} FROM tickets t WHERE t.tenant_id = ${tenantId} AND ${
          "id" in ref ? sql`t.id = ${ref.id}` : sql`t.number = ${ref.number}`
        }`,
        db,
      ) as Promise<Ticket | null>,
    async nextTicketNumber(tenantId) {
      // The counter row is locked until the statement commits: numbers are unique and increasing.
      const { rows } = await sql<{ last: number }>`
        INSERT INTO ticket_number_counters AS c (tenant_id, last) VALUES (${tenantId}, 1)
        ON CONFLICT (tenant_id) DO UPDATE SET last = c.last + 1
        RETURNING c.last`.execute(db)
      const next = rows[0]?.last
      if (next === undefined) throw new Error(`No ticket number for tenant ${tenantId}`)
      return Number(next)
    },
    commit: (change) => commitChange(db, change),
    findIdempotency: (tenantId, actorId, scope, key) =>
      first(
        idempotencyRow,
        sql`SELECT ${raw(idempotencyRow.select("i"))} FROM idempotency_keys i
          WHERE i.tenant_id = ${tenantId} AND i.actor_id = ${actorId} AND i.scope = ${scope} AND i.key = ${key}`,
        db,
      ),

    async putAttachment(attachment: Attachment) {
      await upsert("attachments", attachmentRow, attachment, ["tenant_id", "id"]).execute(db)
    },
    async getAttachments(tenantId, ids) {
      if (ids.length === 0) return []
      const found = await all(
        attachmentRow,
        sql`SELECT ${raw(attachmentRow.select("a"))} FROM attachments a WHERE a.tenant_id = ${tenantId} AND a.id = ANY(${[...ids]}::text[])`,
        db,
      )
      // In the order asked for, as the memory store answers.
      const byId = new Map(found.map((a) => [a.id, a]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
    unlinkedAttachments: (before, limit) =>
      all(
        attachmentRow,
        sql`SELECT ${raw(attachmentRow.select("a"))} FROM attachments a
          WHERE a.ticket_id IS NULL AND a.message_id IS NULL AND a.created_at < ${before.toISOString()}::timestamptz
          ORDER BY a.created_at, a.tenant_id, a.id LIMIT ${limit}`,
        db,
      ),
    async deleteUnlinkedAttachments(tenantId, ids) {
      if (ids.length === 0) return []
      const { rows } = await sql<{ id: string }>`DELETE FROM attachments a
        WHERE a.tenant_id = ${tenantId} AND a.id = ANY(${[...ids]}::text[]) AND a.ticket_id IS NULL AND a.message_id IS NULL
        RETURNING a.id`.execute(db)
      return rows.map((row) => row.id)
    },

    listTickets: (query) => listTickets(db, query),
    countTickets: (query) => countTickets(db, query),
    getMessage: (tenantId, messageId) =>
      first(messageRow, sql`SELECT ${raw(messageRow.select("m"))} FROM messages m WHERE m.tenant_id = ${tenantId} AND m.id = ${messageId}`, db) as Promise<Message | null>,
    // By createdAt; messages of one instant in the order they were committed.
    listMessages: (tenantId, ticketId, options) =>
      all(
        messageRow,
        sql`SELECT ${raw(messageRow.select("m"))} FROM messages m
          WHERE m.tenant_id = ${tenantId} AND m.ticket_id = ${ticketId}${options.includeInternal ? sql`` : sql` AND m.visibility = 'public'`}
          ORDER BY ${raw(options.order === "asc" ? "m.created_at ASC, m.position ASC" : "m.created_at DESC, m.position DESC")}`,
        db,
      ),
    listEvents: (tenantId, ticketId, options) =>
      all(
        eventRow,
        sql`SELECT ${raw(eventRow.select("e"))} FROM events e
          WHERE e.tenant_id = ${tenantId} AND e.ticket_id = ${ticketId}${options.includeInternal ? sql`` : sql` AND e.visibility = 'public'`}
          ORDER BY e.version, e.seq`,
        db,
      ) as Promise<TicketEvent[]>,

    dueTimers: (now, limit) =>
      all(
        timerRow,
        sql`SELECT ${raw(timerRow.select("tm"))} FROM timers tm WHERE tm.due_at <= ${now.toISOString()}::timestamptz
          ORDER BY tm.due_at, tm.position LIMIT ${limit}`,
        db,
      ) as Promise<Timer[]>,
    async dropTimer(timerId) {
      await sql`DELETE FROM timers WHERE id = ${timerId}`.execute(db)
    },
    listTimers: (tenantId, ticketId) =>
      all(
        timerRow,
        sql`SELECT ${raw(timerRow.select("tm"))} FROM timers tm WHERE tm.tenant_id = ${tenantId} AND tm.ticket_id = ${ticketId} ORDER BY tm.position`,
        db,
      ) as Promise<Timer[]>,
  })
}
