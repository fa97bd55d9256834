import { createEngine } from "@ticketflow/core"
import { createKyselyStore, type Database } from "@ticketflow/kysely"
import { sql, type Kysely } from "kysely"

/** How many generated tickets and messages `insertBulkTickets` adds. */
export interface BulkSize {
  readonly tickets: number
  /** Messages per ticket. */
  readonly messagesPerTicket: number
}

/**
 * Adds generated tickets (copies of a ticket the engine creates for the tenant's first customer,
 * with new ids, numbers and subjects, their requesters cycling through the tenant's customers)
 * and messages, in two
 * `INSERT … SELECT generate_series` statements, without running `ANALYZE`: the state of a
 * PGlite database that grew by itself, as the search case found it.
 */
export async function insertBulkTickets(db: Kysely<Database>, tenantId: string, size: BulkSize): Promise<void> {
  const customer = await sql<{ id: string }>`SELECT id FROM users WHERE tenant_id = ${tenantId} AND kind = 'customer' ORDER BY position LIMIT 1`.execute(db)
  const requester = customer.rows[0]?.id
  if (requester === undefined) throw new Error(`Tenant ${tenantId} has no customer to copy tickets from`)
  await createEngine({ store: createKyselyStore(db) }).createTicket({ tenantId, userId: requester }, { subject: "The ticket the bulk copies" })
  await sql`
    WITH base AS (SELECT * FROM tickets WHERE tenant_id = ${tenantId} ORDER BY number LIMIT 1),
         customers AS (SELECT array_agg(id ORDER BY position) AS ids, array_agg(organisation_id ORDER BY position) AS orgs
                       FROM users WHERE tenant_id = ${tenantId} AND kind = 'customer'),
         start AS (SELECT coalesce(max(number), 0) AS n FROM tickets WHERE tenant_id = ${tenantId})
    INSERT INTO tickets (tenant_id, id, number, subject, description, status, status_category, type_key, priority_key,
      priority_rank, department_key, catalog, requester_id, organisation_id, contact, desired_due_date, due_at, assignee_id,
      reopen_count, resolution, previous_status, status_version, description_locked, created_at, updated_at,
      status_changed_at, first_response_at, resolved_at, closed_at, sla, workflow_key, workflow_version, version)
    SELECT b.tenant_id, 'bulk-' || g, s.n + g, 'Generated request ' || g || ' about printer load',
      'The printer on floor ' || (g % 7) || ' jams under load; ticket ' || g, b.status, b.status_category, b.type_key,
      b.priority_key, b.priority_rank, b.department_key, b.catalog,
      c.ids[1 + g % cardinality(c.ids)], c.orgs[1 + g % cardinality(c.ids)], b.contact, b.desired_due_date, b.due_at,
      b.assignee_id, b.reopen_count, b.resolution, b.previous_status, b.status_version, b.description_locked,
      b.created_at + g * interval '1 minute', b.updated_at + g * interval '1 minute', b.status_changed_at,
      b.first_response_at, b.resolved_at, b.closed_at, b.sla, b.workflow_key, b.workflow_version, b.version
    FROM base b, customers c, start s, generate_series(1, ${size.tickets}) g`.execute(db)
  await sql`
    INSERT INTO messages (tenant_id, id, ticket_id, author_id, visibility, body, is_description, created_at)
    SELECT t.tenant_id, 'bulk-' || t.number || '-' || k, t.id, t.requester_id,
      CASE WHEN k % 2 = 0 THEN 'internal' ELSE 'public' END,
      'Message ' || k || ' on ticket ' || t.number || ': still jams when the load is high', false,
      t.created_at + k * interval '1 second'
    FROM tickets t, generate_series(1, ${size.messagesPerTicket}) k
    WHERE t.tenant_id = ${tenantId} AND t.id LIKE 'bulk-%'`.execute(db)
  await sql`UPDATE ticket_number_counters SET last = (SELECT max(number) FROM tickets WHERE tenant_id = ${tenantId}) WHERE tenant_id = ${tenantId}`.execute(db)
}
