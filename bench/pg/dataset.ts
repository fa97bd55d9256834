import { createHash } from "node:crypto"
import { createEngine, type Actor } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { createKyselyStore, migrate, quoteIdentifier, type DatabaseHandle } from "@ticketflow/kysely"
import { openPostgres } from "@ticketflow/kysely/postgres"
import { sql, type Kysely } from "kysely"
import { freshSchema } from "./fresh-schema.ts"
import { progress, say } from "./output.ts"
import { withClient } from "./server.ts"

/** Bumped whenever the generated data changes shape, so an older data set is regenerated. */
const generatorVersion = 1

/** The departments of the generated tenant: the demo's two and four more. */
const departmentKeys = ["technical-support", "billing", "sales", "onboarding", "security", "infrastructure"] as const
const typeKeys = ["question", "bug", "feature-request", "billing", "technical", "other", "incentive"]
const organisationCount = 50
const customersPerOrganisation = 100
/** Customers without an organisation, one for every ten in one. */
const customersAlone = 500
const customerCount = organisationCount * customersPerOrganisation + customersAlone
const agentCount = 36
const messagesPerTicket = 5
/** The tickets were created over the two years before the anchor. */
const spanDays = 730

// Words of subjects, descriptions and replies: common ones (a few percent of rows each) and
// error codes that match about ten tickets each, so searches of both kinds can be timed.
const nouns = [
  "printer", "invoice", "password", "login", "vpn", "email", "laptop", "account", "report", "dashboard",
  "export", "payment", "license", "server", "backup", "database", "mailbox", "calendar", "contract", "refund",
  "scanner", "monitor", "keyboard", "webcam", "headset", "phone", "tablet", "router", "firewall", "certificate",
  "subscription", "discount", "receipt", "order", "shipment", "warehouse", "catalogue", "portal", "integration", "webhook",
]
const problems = [
  "not working", "fails to start", "is very slow", "shows an error", "is missing", "cannot be opened", "crashes",
  "times out", "has the wrong amount", "access denied", "keeps disconnecting", "does not sync", "is duplicated",
  "was charged twice", "needs an upgrade", "stopped responding",
]
const contexts = [
  "after the OS update", "since Monday", "on mobile", "for a new employee", "in the customer portal", "at the branch office",
  "for the whole team", "after migration", "when exporting", "during month end", "on the new laptop", "with two-factor login",
  "in the morning", "for one user only", "after a password reset", "since yesterday",
]
const openers = ["Hello,", "Hi team,", "Good morning,", "Dear support,", "Urgent:", "Hi,"]
const details = [
  "We tried restarting it but nothing changed.",
  "The problem started right after the last release.",
  "Several colleagues report the same behaviour.",
  "It worked fine until last week.",
  "Please find the screenshot attached.",
  "This blocks our accounting department.",
  "We cleared the cache and the cookies already.",
  "The message appears every time we try again.",
]
const customerReplies = [
  "Thanks for the quick answer.", "It still does not work on our side.", "We tried that, the error is the same.",
  "Can you call me back this afternoon?", "The issue happened again this morning.", "Here are the logs you asked for.",
  "Works now, thank you very much!", "Any update on this?", "Our manager is asking for an estimate.",
  "I restarted the computer as suggested.",
]
const agentReplies = [
  "Thank you for reporting this.", "Could you send us a screenshot of the error?", "We have escalated this to the second line.",
  "Please try to log out and log in again.", "The fix will be deployed tonight.", "I have reset the configuration on our side.",
  "Can you confirm the version you are using?", "We are checking the server logs.", "The refund was issued today.",
  "This is a known issue, a workaround is described in the knowledge base.",
]
const internalNotes = [
  "Customer is on the enterprise plan.", "Looks like the same root cause as last month.", "Waiting for the vendor.",
  "Asked the infrastructure team to check the load balancer.", "Do not close before the invoice is corrected.",
]

/** The data set a list benchmark runs on. */
export interface Dataset {
  readonly handle: DatabaseHandle
  readonly schema: string
  readonly tenantId: string
  /** The instant the tickets end at: "today" and the other presets are taken from it. */
  readonly anchor: Date
  readonly timeZone: string
  readonly tickets: number
  readonly messages: number
  readonly admin: Actor
  /** An agent of technical-support and one more department. */
  readonly agent: { readonly userId: string; readonly departmentKeys: ReadonlyArray<string> }
  /** A plain member of an organisation. */
  readonly customer: { readonly userId: string; readonly organisationId: string }
  /** The support admin of the same organisation. */
  readonly supportAdmin: { readonly userId: string; readonly organisationId: string }
  readonly organisationIds: ReadonlyArray<string>
  readonly generatedSeconds: number
  readonly reused: boolean
}

interface Marker {
  readonly generator: number
  readonly tickets: string
  readonly messages: string
  readonly tenant_id: string
  readonly anchor: Date
  readonly time_zone: string
  readonly seconds: string
  readonly people: { agent: Dataset["agent"]; customer: Dataset["customer"]; supportAdmin: Dataset["supportAdmin"]; admin: Actor; organisationIds: string[] }
}

async function readMarker(url: string, schema: string): Promise<Marker | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass($1) IS NOT NULL AS exists",
      [`${quoteIdentifier(schema)}.bench_dataset`],
    )
    if (rows[0]?.exists !== true) return null
    const marker = await client.query<Marker>(`SELECT * FROM ${quoteIdentifier(schema)}.bench_dataset`)
    return marker.rows[0] ?? null
  })
}

// A pseudo-random non-negative integer per row and salt, stable between runs.
const rand = (expression: string, salt: number) => `(hashint4((${expression}) * 16 + ${salt})::bigint + 2147483648)`
const pick = (array: string, expression: string, salt: number, length: number) => `(${array})[1 + ${rand(expression, salt)} % ${length}]`

/** The INSERT of tickets `lo..hi` (their numbers): every column from the row's number. */
function insertTickets(tickets: number): string {
  const r = (salt: number) => rand("g.i", salt)
  return `
    INSERT INTO tickets (tenant_id, id, number, subject, description, status, status_category, type_key, priority_key,
      priority_rank, department_key, catalog, requester_id, organisation_id, contact, desired_due_date, due_at, assignee_id,
      reopen_count, resolution, previous_status, status_version, description_locked, created_at, updated_at,
      status_changed_at, first_response_at, resolved_at, closed_at, sla, workflow_key, workflow_version, version)
    SELECT $1, md5('ticket' || g.i)::uuid::text, g.i, s.subject,
      ${pick("$6::text[]", "g.i", 1, openers.length)} || ' ' || s.subject || '. ' || ${pick("$7::text[]", "g.i", 2, details.length)}
        || ' Error code ERR-' || lpad((${r(3)} % 100000)::text, 5, '0') || '. ' || ${pick("$7::text[]", "g.i", 4, details.length)},
      st.status, st.category, ty.type_key, pr.priority_key, pr.rank, d.department_key,
      CASE WHEN ${r(5)} % 4 = 0 THEN '{"application": "crm", "module": "crm-invoices"}'::jsonb ELSE '{}'::jsonb END,
      md5('customer' || c.k)::uuid::text, c.organisation_id,
      jsonb_build_object('name', 'Customer ' || c.k, 'email', 'customer' || c.k || '@bench.test', 'phone', NULL),
      CASE WHEN ${r(6)} % 10 = 0 THEN (tm.created_at + interval '7 days')::date END,
      CASE WHEN ${r(6)} % 10 < 3 THEN tm.created_at + (${r(6)} % 21) * interval '1 day' END,
      CASE WHEN st.status IN ('new', 'in_queue') THEN NULL
        ELSE ($5::jsonb -> coalesce(d.department_key, '*')) ->> (${r(7)} % jsonb_array_length($5::jsonb -> coalesce(d.department_key, '*')))::int END,
      CASE WHEN st.status = 'reopened' THEN 1 ELSE 0 END,
      CASE WHEN st.category = 'closed' THEN (ARRAY['resolved', 'duplicate', 'wont_fix', 'withdrawn', 'accepted'])[1 + ${r(8)} % 5] END,
      CASE st.status WHEN 'needs_clarification' THEN 'in_progress' WHEN 'reopened' THEN 'closed' WHEN 'awaiting_acceptance' THEN 'in_progress' END,
      v.version, st.status <> 'new', tm.created_at, tm.updated_at, tm.updated_at,
      CASE WHEN st.status <> 'new' THEN least(tm.updated_at, tm.created_at + (${r(9)} % 600) * interval '1 minute') END,
      CASE WHEN st.category = 'closed' THEN tm.updated_at END,
      CASE WHEN st.category = 'closed' THEN tm.updated_at END,
      jsonb_build_object(
        'policyKey', CASE WHEN pr.priority_key IS NOT NULL THEN pr.priority_key || '-sla' END,
        'calendarKey', CASE WHEN pr.priority_key IS NOT NULL THEN 'business-hours' END,
        'state', CASE WHEN pr.priority_key IS NULL THEN 'none' WHEN st.category IN ('new', 'open') THEN 'running'
          WHEN st.category = 'pending' THEN 'paused' ELSE 'stopped' END,
        'firstResponseTarget', pr.first_response, 'resolutionTarget', pr.resolution,
        'firstResponseDueAt', CASE WHEN pr.priority_key IS NOT NULL AND st.category IN ('new', 'open')
          THEN to_char((tm.created_at + interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
        'resolutionDueAt', CASE WHEN pr.priority_key IS NOT NULL AND st.category IN ('new', 'open')
          THEN to_char((tm.created_at + interval '3 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
        'firstResponseRemainingMs', CASE WHEN pr.priority_key IS NOT NULL AND st.category = 'pending' THEN 3600000 END,
        'resolutionRemainingMs', CASE WHEN pr.priority_key IS NOT NULL AND st.category = 'pending' THEN 7200000 END,
        'firstResponseBreachedAt', NULL, 'resolutionBreachedAt', NULL),
      'default', 1, v.version
    FROM generate_series($2::int, $3::int) AS g(i)
    CROSS JOIN LATERAL (SELECT ${pick("$8::text[]", "g.i", 10, nouns.length)} || ' ' || ${pick("$9::text[]", "g.i", 11, problems.length)}
      || ' ' || ${pick("$10::text[]", "g.i", 12, contexts.length)} AS subject) s
    CROSS JOIN LATERAL (SELECT CASE
        WHEN ${r(13)} % 100 < 5 THEN 'new' WHEN ${r(13)} % 100 < 12 THEN 'in_queue' WHEN ${r(13)} % 100 < 20 THEN 'in_progress'
        WHEN ${r(13)} % 100 < 22 THEN 'reopened' WHEN ${r(13)} % 100 < 26 THEN 'needs_clarification'
        WHEN ${r(13)} % 100 < 30 THEN 'awaiting_acceptance' ELSE 'closed' END AS status) st0
    CROSS JOIN LATERAL (SELECT st0.status, CASE
        WHEN st0.status = 'new' THEN 'new' WHEN st0.status IN ('in_queue', 'in_progress', 'reopened') THEN 'open'
        WHEN st0.status IN ('needs_clarification', 'awaiting_acceptance') THEN 'pending' ELSE 'closed' END AS category) st
    CROSS JOIN LATERAL (SELECT CASE WHEN ${r(14)} % 10 = 0 THEN NULL ELSE ${pick("$11::text[]", "g.i", 15, typeKeys.length)} END AS type_key) ty
    CROSS JOIN LATERAL (SELECT p.key AS priority_key, p.rank, p.first_response, p.resolution FROM (SELECT CASE
        WHEN ${r(16)} % 20 = 0 THEN NULL WHEN ${r(16)} % 20 < 6 THEN 'low' WHEN ${r(16)} % 20 < 14 THEN 'normal'
        WHEN ${r(16)} % 20 < 18 THEN 'high' ELSE 'urgent' END AS key) k
      LEFT JOIN LATERAL (SELECT pp.key, pp.rank, sp.first_response, sp.resolution FROM priorities pp
        LEFT JOIN sla_policies sp ON sp.tenant_id = pp.tenant_id AND sp.priority_key = pp.key
        WHERE pp.tenant_id = $1 AND pp.key = k.key LIMIT 1) p ON true) pr
    CROSS JOIN LATERAL (SELECT CASE WHEN ${r(17)} % 20 = 0 THEN NULL ELSE ${pick("$12::text[]", "g.i", 18, departmentKeys.length)} END AS department_key) d
    CROSS JOIN LATERAL (SELECT 1 + ${r(19)} % ${customerCount} AS k) c0
    CROSS JOIN LATERAL (SELECT c0.k, CASE WHEN (c0.k - 1) % ${organisationCount + organisationCount / (customersPerOrganisation / 10)} < ${organisationCount}
        THEN ($13::text[])[1 + (c0.k - 1) % ${organisationCount + organisationCount / (customersPerOrganisation / 10)}] END AS organisation_id) c
    CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', $4::timestamptz - (${tickets} - g.i)::float8 * interval '${(spanDays * 86400) / tickets} seconds') AS created_at) tm0
    CROSS JOIN LATERAL (SELECT tm0.created_at, date_trunc('milliseconds', tm0.created_at
      + (${r(20)} % 1000) / 1000.0 * least(interval '14 days', $4::timestamptz - tm0.created_at)) AS updated_at) tm
    CROSS JOIN LATERAL (SELECT CASE WHEN st.status = 'new' THEN 1 ELSE 2 + ${r(21)} % 8 END AS version) v`
}

/** The INSERT of the messages of tickets `lo..hi`: the description first, then replies and notes. */
function insertMessages(): string {
  const r = (salt: number) => rand("t.number * 8 + k", salt)
  return `
    INSERT INTO messages (tenant_id, id, ticket_id, author_id, visibility, body, attachment_ids, is_description, event, created_at, edited_at)
    SELECT t.tenant_id, md5('message' || t.number || ':' || k)::uuid::text, t.id,
      CASE WHEN k % 2 = 1 THEN t.requester_id ELSE coalesce(t.assignee_id, $4) END,
      CASE WHEN k % 2 = 0 AND ${r(1)} % 10 < 3 THEN 'internal' ELSE 'public' END,
      CASE WHEN k = 1 THEN t.description
        WHEN k % 2 = 1 THEN ${pick("$5::text[]", "t.number * 8 + k", 2, customerReplies.length)} || ' ' || ${pick("$5::text[]", "t.number * 8 + k", 3, customerReplies.length)}
        WHEN ${r(1)} % 10 < 3 THEN ${pick("$7::text[]", "t.number * 8 + k", 4, internalNotes.length)} || ' Ref ERR-' || lpad((${r(5)} % 100000)::text, 5, '0') || '.'
        ELSE ${pick("$6::text[]", "t.number * 8 + k", 6, agentReplies.length)} || ' ' || ${pick("$6::text[]", "t.number * 8 + k", 7, agentReplies.length)} END,
      '[]'::jsonb, k = 1, NULL,
      date_trunc('milliseconds', t.created_at + (k - 1) / ${messagesPerTicket - 1}.0 * (t.updated_at - t.created_at)),
      NULL
    FROM tickets t CROSS JOIN generate_series(1, ${messagesPerTicket}) AS k
    WHERE t.tenant_id = $1 AND t.number BETWEEN $2 AND $3
    ORDER BY t.number, k`
}

/** Creates the tenant with the engine: configuration, 50 organisations, six departments, 36 agents. */
async function setUpTenant(db: Kysely<never>, timeZone: string) {
  const engine = createEngine({ store: createKyselyStore(db as never) })
  const demo = await installDemo(engine, { tenantKey: "bench", timeZone })
  for (let i = 3; i <= organisationCount; i++) {
    await engine.putConfig(demo.admin, "organisation", { key: `org-${String(i).padStart(2, "0")}`, name: `Organisation ${i}` })
  }
  for (const key of departmentKeys.slice(2)) await engine.putConfig(demo.admin, "department", { key, name: key.replace(/^./, (c) => c.toUpperCase()) })
  const byDepartment: Record<string, string[]> = { "*": [] }
  for (let j = 0; j < agentCount; j++) {
    const keys = [departmentKeys[j % departmentKeys.length] ?? "billing"]
    if (j % 3 === 0) keys.push(departmentKeys[(j + 1) % departmentKeys.length] ?? "billing")
    const user = await engine.syncUser(demo.tenantId, { email: `agent${j}@bench.test`, name: `Agent ${j}`, kind: "agent", departmentKeys: keys })
    for (const key of keys) (byDepartment[key] ??= []).push(user.id)
    byDepartment["*"]?.push(user.id)
  }
  const organisations = await engine.listConfig(demo.admin, "organisation")
  return { demo, byDepartment, organisationIds: organisations.map((o) => o.id) }
}

/**
 * The list benchmark's data set: `tickets` tickets with five messages each over 50
 * organisations, generated in SQL in schema `lists_<tickets>` of the database at `url`, reused
 * when a complete one (its marker row) is there.
 */
export async function ensureDataset(url: string, tickets: number): Promise<Dataset> {
  const schema = `lists_${tickets}`
  const marker = await readMarker(url, schema)
  if (marker !== null && marker.generator === generatorVersion && Number(marker.tickets) === tickets) {
    const handle = await openPostgres({ connectionString: url, schema, max: 4 })
    // Migrations added since the data was generated (an index, say) apply to it as to any database.
    await migrate(handle.db, { schema })
    return {
      handle,
      schema,
      tenantId: marker.tenant_id,
      anchor: new Date(marker.anchor),
      timeZone: marker.time_zone,
      tickets,
      messages: Number(marker.messages),
      ...marker.people,
      generatedSeconds: Number(marker.seconds),
      reused: true,
    }
  }
  return generate(url, schema, tickets)
}

async function generate(url: string, schema: string, tickets: number): Promise<Dataset> {
  const started = performance.now()
  const timeZone = "Europe/Moscow"
  say(`generating ${tickets} tickets and ${tickets * messagesPerTicket} messages in ${schema} (reused by later runs)`)
  const handle = await freshSchema(url, schema, { max: 4 })
  const { demo, byDepartment, organisationIds } = await setUpTenant(handle.db as never, timeZone)
  const db = handle.db
  const tenantId = demo.tenantId
  const anchor = new Date()

  // Customers: 100 per organisation (the first its support admin) and 500 without one.
  const cycle = organisationCount + organisationCount / (customersPerOrganisation / 10)
  await sql`
    INSERT INTO users (tenant_id, id, external_id, email, name, kind, organisation_id, org_role, locale, active, created_at)
    SELECT ${tenantId}, md5('customer' || k)::uuid::text, NULL, 'customer' || k || '@bench.test', 'Customer ' || k, 'customer',
      CASE WHEN (k - 1) % ${sql.lit(cycle)} < ${sql.lit(organisationCount)} THEN (${organisationIds}::text[])[1 + (k - 1) % ${sql.lit(cycle)}] END,
      CASE WHEN (k - 1) % ${sql.lit(cycle)} < ${sql.lit(organisationCount)} THEN CASE WHEN k <= ${sql.lit(cycle)} THEN 'support_admin' ELSE 'member' END END,
      'en', true, ${anchor.toISOString()}::timestamptz - interval '800 days'
    FROM generate_series(1, ${sql.lit(customerCount)}) AS k`.execute(db)

  const chunk = Math.max(1000, Math.min(20_000, Math.ceil(tickets / 50)))
  const bar = progress("tickets+messages", tickets)
  const anyAgent = byDepartment["*"]?.[0] ?? demo.agent.userId
  await withClient(url, async (pgClient) => {
    // Bulk load settings for this session only: the data is regenerated if a crash loses it.
    await pgClient.query(`SET search_path = ${quoteIdentifier(schema)}, public`)
    await pgClient.query("SET synchronous_commit = off")
    await pgClient.query("SET work_mem = '256MB'")
    await pgClient.query("SET maintenance_work_mem = '1GB'")
    const ticketSql = insertTickets(tickets)
    const messageSql = insertMessages()
    let ticketMs = 0
    let messageMs = 0
    for (let lo = 1; lo <= tickets; lo += chunk) {
      const hi = Math.min(tickets, lo + chunk - 1)
      const began = performance.now()
      await pgClient.query(ticketSql, [
        tenantId, lo, hi, anchor.toISOString(), JSON.stringify(byDepartment),
        openers, details, nouns, problems, contexts, typeKeys, departmentKeys, organisationIds,
      ])
      const between = performance.now()
      await pgClient.query(messageSql, [tenantId, lo, hi, anyAgent, customerReplies, agentReplies, internalNotes])
      ticketMs += between - began
      messageMs += performance.now() - between
      bar.update(hi, `(tickets ${(ticketMs / 1000).toFixed(0)} s, messages ${(messageMs / 1000).toFixed(0)} s)`)
    }
    bar.done(`(tickets ${(ticketMs / 1000).toFixed(0)} s, messages ${(messageMs / 1000).toFixed(0)} s)`)
    await pgClient.query("INSERT INTO ticket_number_counters (tenant_id, last) VALUES ($1, $2) ON CONFLICT (tenant_id) DO UPDATE SET last = EXCLUDED.last", [tenantId, tickets])
    const vacuum = performance.now()
    process.stderr.write("VACUUM ANALYZE tickets, messages, users…\n")
    await pgClient.query("VACUUM ANALYZE tickets, messages, users")
    say(`VACUUM ANALYZE in ${((performance.now() - vacuum) / 1000).toFixed(1)} s`)
  })

  // Agents of technical-support are also in billing (see setUpTenant): an agent of two departments.
  const agentId = byDepartment["technical-support"]?.[0] ?? anyAgent
  const agentDepartments = Object.entries(byDepartment).filter(([key, ids]) => key !== "*" && ids.includes(agentId)).map(([key]) => key)
  const people = {
    admin: demo.admin,
    agent: { userId: agentId, departmentKeys: agentDepartments },
    // Customer 51 is a member of the first organisation, customer 1 its support admin.
    customer: { userId: md5Uuid(`customer${cycle + 1}`), organisationId: organisationIds[0] ?? "" },
    supportAdmin: { userId: md5Uuid("customer1"), organisationId: organisationIds[0] ?? "" },
    organisationIds,
  }
  const seconds = (performance.now() - started) / 1000
  await sql`CREATE TABLE bench_dataset (generator integer, tickets bigint, messages bigint, tenant_id text, anchor timestamptz,
    time_zone text, seconds numeric, people jsonb)`.execute(db)
  await sql`INSERT INTO bench_dataset VALUES (${generatorVersion}, ${tickets}, ${tickets * messagesPerTicket}, ${tenantId},
    ${anchor.toISOString()}::timestamptz, ${timeZone}, ${seconds}, ${JSON.stringify(people)}::jsonb)`.execute(db)
  say(`generated in ${seconds.toFixed(0)} s`)
  return {
    handle,
    schema,
    tenantId,
    anchor,
    timeZone,
    tickets,
    messages: tickets * messagesPerTicket,
    ...people,
    generatedSeconds: seconds,
    reused: false,
  }
}

/** `md5(text)::uuid::text` as Postgres computes it: the generated ids. */
export function md5Uuid(text: string): string {
  const hex = createHashHex(text)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function createHashHex(text: string): string {
  return createHash("md5").update(text).digest("hex")
}
