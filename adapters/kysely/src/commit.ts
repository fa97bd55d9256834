import { Conflict, VersionConflict } from "@ticketflow/core"
import type { TicketChange } from "@ticketflow/core/store"
import { sql, type Kysely, type RawBuilder } from "kysely"
import { uniqueViolation } from "./db-errors.ts"
import { eventRow, idempotencyRow, messageRow, ticketRow, timerRow } from "./rows.ts"
import type { Database } from "./schema.ts"

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`
const raw = sql.raw

// The rank is looked up as the row is written, so the priority sort needs no join.
const rankOf = (alias: string) =>
  raw(`(SELECT p.rank FROM priorities p WHERE p.tenant_id = ${alias}.tenant_id AND p.key = ${alias}.priority_key)`)

/** The CTE that writes the ticket row: an insert, or an update guarded by the expected version. */
function writeTicket(change: TicketChange): RawBuilder<unknown> {
  const record = { ...ticketRow.record(change.ticket), tenant_id: change.tenantId }
  if (change.expectedVersion === null) {
    return sql`written AS (
      INSERT INTO tickets (${raw(ticketRow.names)}, priority_rank)
      SELECT ${raw(ticketRow.columns.map((c) => `r.${c.column}`).join(", "))}, ${rankOf("r")}
      FROM jsonb_to_record(${json(record)}) AS r(${raw(ticketRow.definition)})
      ON CONFLICT (tenant_id, id) DO NOTHING
      RETURNING tenant_id, id
    )`
  }
  const assigned = ticketRow.columns.filter((c) => c.column !== "tenant_id" && c.column !== "id")
  return sql`written AS (
    UPDATE tickets t SET ${raw(assigned.map((c) => `${c.column} = r.${c.column}`).join(", "))}, priority_rank = ${rankOf("r")}
    FROM jsonb_to_record(${json(record)}) AS r(${raw(ticketRow.definition)})
    WHERE t.tenant_id = ${change.tenantId} AND t.id = ${change.ticket.id} AND t.version = ${change.expectedVersion}
    RETURNING t.tenant_id, t.id
  )`
}

/** An INSERT of a batch of records, written only when the ticket row was. */
function insertBatch(
  name: string,
  table: string,
  spec: { names: string; definition: string; columns: ReadonlyArray<{ column: string }> },
  records: ReadonlyArray<Record<string, unknown>>,
  returning = "",
): RawBuilder<unknown> {
  const ordered = records.map((record, ord) => ({ ...record, ord }))
  const columns = spec.columns.map((c) => (c.column === "tenant_id" ? "w.tenant_id" : `x.${c.column}`)).join(", ")
  return sql`${raw(name)} AS (
    INSERT INTO ${raw(table)} (${raw(spec.names)})
    SELECT ${raw(columns)} FROM written w, jsonb_to_recordset(${json(ordered)}) AS x(${raw(spec.definition)}, ord integer)
    ORDER BY x.ord
    ${raw(returning)}
  )`
}

/** The statement that writes a whole change: one round trip, atomic because it is one statement. */
function commitStatement(change: TicketChange): RawBuilder<{ written: number }> {
  const parts: RawBuilder<unknown>[] = [writeTicket(change)]
  if (change.events.length > 0) {
    parts.push(
      insertBatch("new_events", "events", eventRow, change.events.map(eventRow.record), "RETURNING tenant_id, id, ticket_id, type, visibility, at, version, seq"),
      sql`new_outbox AS (
        INSERT INTO outbox (tenant_id, event_id, ticket_id, event_type, visibility, at)
        SELECT tenant_id, id, ticket_id, type, visibility, at FROM new_events ORDER BY version, seq
      )`,
    )
  }
  if (change.newMessages.length > 0) {
    parts.push(insertBatch("new_messages", "messages", messageRow, change.newMessages.map(messageRow.record)))
  }
  if (change.editedMessages.length > 0) {
    const assigned = messageRow.columns.filter((c) => c.column !== "tenant_id" && c.column !== "id")
    parts.push(sql`edited_messages AS (
      UPDATE messages m SET ${raw(assigned.map((c) => `${c.column} = x.${c.column}`).join(", "))}
      FROM written w, jsonb_to_recordset(${json(change.editedMessages.map(messageRow.record))}) AS x(${raw(messageRow.definition)})
      WHERE m.tenant_id = w.tenant_id AND m.ticket_id = w.id AND m.id = x.id
    )`)
  }
  if (change.linkedAttachments.length > 0) {
    parts.push(sql`linked_attachments AS (
      UPDATE attachments a SET ticket_id = w.id, message_id = x.message_id
      FROM written w, jsonb_to_recordset(${json(change.linkedAttachments.map((l) => ({ attachment_id: l.attachmentId, message_id: l.messageId })))})
        AS x(attachment_id text, message_id text)
      WHERE a.tenant_id = w.tenant_id AND a.id = x.attachment_id
    )`)
  }
  if (change.cancelTimers.length > 0 || change.completedTimerId !== undefined) {
    // One DELETE for both: two CTEs touching the same row would race within the statement.
    parts.push(sql`dropped_timers AS (
      DELETE FROM timers tm USING written w
      WHERE (tm.tenant_id = w.tenant_id AND tm.ticket_id = w.id AND tm.kind IN (SELECT jsonb_array_elements_text(${json(change.cancelTimers)})))
         OR tm.id = ${change.completedTimerId ?? null}
    )`)
  }
  if (change.addTimers.length > 0) {
    parts.push(insertBatch("new_timers", "timers", timerRow, change.addTimers.map(timerRow.record)))
  }
  if (change.idempotency !== undefined) {
    parts.push(insertBatch("new_idempotency", "idempotency_keys", idempotencyRow, [idempotencyRow.record(change.idempotency)]))
  }
  return sql<{ written: number }>`WITH ${sql.join(parts, sql`, `)} SELECT count(*)::int AS written FROM written`
}

/**
 * Writes a change in one statement: the ticket row (inserted, or updated only at the expected
 * version), its events with one outbox row each, messages, attachment links, timers and the
 * idempotency record. A missed version is `VersionConflict`; a reused idempotency key is `Conflict`.
 */
export async function commitChange(db: Kysely<Database>, change: TicketChange): Promise<void> {
  let written: number
  try {
    const result = await commitStatement(change).execute(db)
    written = result.rows[0]?.written ?? 0
  } catch (error) {
    if (uniqueViolation(error) === "idempotency_keys_pkey") {
      throw new Conflict({ message: `Idempotency key ${change.idempotency?.key ?? ""} was used already`, reason: "idempotency_key_reused" })
    }
    throw error
  }
  if (written === 1) return
  const current = await db
    .selectFrom("tickets")
    .select("version")
    .where("tenant_id", "=", change.tenantId)
    .where("id", "=", change.ticket.id)
    .executeTakeFirst()
  throw new VersionConflict({
    message: `Ticket ${change.ticket.id} is at version ${current?.version ?? "none"}, not ${change.expectedVersion ?? "none"}`,
    ticketId: change.ticket.id,
    expected: change.expectedVersion ?? 0,
    actual: current?.version ?? null,
  })
}
