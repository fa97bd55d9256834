import { sql, type Kysely } from "kysely"
import type { Migration } from "kysely/migration"

// Plain DDL, one statement at a time: PGlite's extended protocol refuses several statements in one query.
const config = (table: string, extra: string) => `
  CREATE TABLE ${table} (
    tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key text NOT NULL,
    name text NOT NULL,
    labels jsonb NOT NULL DEFAULT '{}',
    ${extra},
    position bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (tenant_id, key)
  )`

// The sort expressions of the list; `ticket-query.ts` repeats them verbatim so the planner matches the indexes.
const sortIndexes = [
  ["created", "created_at"],
  ["updated", "updated_at"],
  ["due_asc", "(coalesce(due_at, 'infinity'::timestamptz))"],
  ["due_desc", "(coalesce(due_at, '-infinity'::timestamptz))"],
  ["priority_asc", "(coalesce(priority_rank::bigint, 9007199254740991))"],
  ["priority_desc", "(coalesce(priority_rank::bigint, -9007199254740991))"],
] as const

const filterColumns = [
  "status",
  "status_category",
  "type_key",
  "priority_key",
  "department_key",
  "assignee_id",
  "requester_id",
  "organisation_id",
] as const

const up: ReadonlyArray<string> = [
  // Serialise concurrent first migrations of several schemas of one database: CREATE EXTENSION races otherwise.
  `SELECT pg_advisory_xact_lock(7363221)`,
  `CREATE EXTENSION IF NOT EXISTS pg_trgm`,

  `CREATE TABLE tenants (
    id text PRIMARY KEY,
    key text NOT NULL UNIQUE,
    name text NOT NULL,
    settings jsonb NOT NULL DEFAULT '{}',
    position bigint GENERATED ALWAYS AS IDENTITY
  )`,

  `CREATE TABLE users (
    tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id text NOT NULL,
    external_id text,
    email text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('customer', 'agent', 'admin')),
    organisation_id text,
    org_role text CHECK (org_role IN ('member', 'support_admin')),
    locale text NOT NULL,
    active boolean NOT NULL,
    created_at timestamptz NOT NULL,
    position bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (tenant_id, id)
  )`,
  `CREATE UNIQUE INDEX users_email ON users (tenant_id, lower(email))`,
  `CREATE UNIQUE INDEX users_external_id ON users (tenant_id, external_id) WHERE external_id IS NOT NULL`,

  config("organisations", "id text NOT NULL, UNIQUE (tenant_id, id)"),
  config("departments", "workflow_key text, email text"),
  `CREATE TABLE department_members (
    tenant_id text NOT NULL,
    department_key text NOT NULL,
    user_id text NOT NULL,
    ordinal integer NOT NULL,
    PRIMARY KEY (tenant_id, department_key, user_id),
    FOREIGN KEY (tenant_id, department_key) REFERENCES departments (tenant_id, key) ON DELETE CASCADE
  )`,
  `CREATE INDEX department_members_user ON department_members (tenant_id, user_id)`,
  config(
    "ticket_types",
    "visibility text NOT NULL CHECK (visibility IN ('organisation', 'requester_only')), workflow_key text",
  ),
  config("priorities", "rank integer NOT NULL CHECK (rank BETWEEN 0 AND 1000), color text NOT NULL"),
  config(
    "catalog_items",
    "kind text NOT NULL, parent_key text, organisation_ids jsonb, active boolean NOT NULL",
  ),
  config("calendars", "time_zone text NOT NULL, hours jsonb NOT NULL, holidays jsonb NOT NULL DEFAULT '[]'"),
  config(
    "sla_policies",
    `priority_key text NOT NULL, type_key text, department_key text, organisation_id text, calendar_key text,
     first_response text, resolution text`,
  ),

  `CREATE TABLE workflows (
    tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key text NOT NULL,
    version integer NOT NULL CHECK (version > 0),
    definition jsonb NOT NULL,
    position bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (tenant_id, key, version)
  )`,

  // Ticket ids sort in code-point order (the "C" collation), as the cursor helpers compare them.
  `CREATE TABLE tickets (
    tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id text COLLATE "C" NOT NULL,
    number integer NOT NULL CHECK (number > 0),
    subject text NOT NULL,
    description text NOT NULL,
    status text NOT NULL,
    status_category text NOT NULL CHECK (status_category IN ('new', 'open', 'pending', 'closed')),
    type_key text,
    priority_key text,
    priority_rank integer,
    department_key text,
    catalog jsonb NOT NULL DEFAULT '{}',
    requester_id text NOT NULL,
    organisation_id text,
    contact jsonb NOT NULL,
    desired_due_date date,
    due_at timestamptz,
    assignee_id text,
    reopen_count integer NOT NULL CHECK (reopen_count >= 0),
    resolution text,
    previous_status text,
    status_version integer NOT NULL CHECK (status_version > 0),
    description_locked boolean NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    status_changed_at timestamptz NOT NULL,
    first_response_at timestamptz,
    resolved_at timestamptz,
    closed_at timestamptz,
    sla jsonb NOT NULL,
    workflow_key text NOT NULL,
    workflow_version integer NOT NULL CHECK (workflow_version > 0),
    version integer NOT NULL CHECK (version > 0),
    search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, subject || ' ' || description)) STORED,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number)
  )`,
  ...sortIndexes.map(([name, expression]) => `CREATE INDEX tickets_sort_${name} ON tickets (tenant_id, ${expression}, id)`),
  ...filterColumns.map((column) => `CREATE INDEX tickets_by_${column} ON tickets (tenant_id, ${column}, created_at, id)`),
  `CREATE INDEX tickets_search_tsv ON tickets USING gin (search_tsv)`,
  `CREATE INDEX tickets_search_trgm ON tickets USING gin ((subject || ' ' || description) gin_trgm_ops)`,

  `CREATE TABLE ticket_number_counters (
    tenant_id text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    last integer NOT NULL CHECK (last > 0)
  )`,

  `CREATE TABLE messages (
    tenant_id text NOT NULL,
    id text NOT NULL,
    ticket_id text COLLATE "C" NOT NULL,
    author_id text,
    visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
    body text NOT NULL,
    attachment_ids jsonb NOT NULL DEFAULT '[]',
    is_description boolean NOT NULL,
    event text,
    created_at timestamptz NOT NULL,
    edited_at timestamptz,
    position bigint GENERATED ALWAYS AS IDENTITY,
    search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX messages_by_ticket ON messages (tenant_id, ticket_id, created_at, position)`,
  `CREATE INDEX messages_search_tsv ON messages USING gin (search_tsv)`,
  `CREATE INDEX messages_search_trgm ON messages USING gin (body gin_trgm_ops)`,

  `CREATE TABLE events (
    tenant_id text NOT NULL,
    id text NOT NULL,
    ticket_id text COLLATE "C" NOT NULL,
    version integer NOT NULL CHECK (version > 0),
    seq integer NOT NULL CHECK (seq >= 0),
    type text NOT NULL,
    actor_id text,
    at timestamptz NOT NULL,
    visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
    payload jsonb NOT NULL,
    changes jsonb NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, ticket_id, version, seq),
    FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE
  )`,

  `CREATE TABLE attachments (
    tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id text NOT NULL,
    ticket_id text COLLATE "C",
    message_id text,
    filename text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL CHECK (size >= 0),
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
  )`,
  `CREATE INDEX attachments_by_ticket ON attachments (tenant_id, ticket_id) WHERE ticket_id IS NOT NULL`,

  `CREATE TABLE timers (
    id text PRIMARY KEY,
    tenant_id text NOT NULL,
    ticket_id text COLLATE "C" NOT NULL,
    kind text NOT NULL CHECK (kind IN ('status', 'sla')),
    event text NOT NULL,
    due_at timestamptz NOT NULL,
    ticket_version integer NOT NULL CHECK (ticket_version > 0),
    position bigint GENERATED ALWAYS AS IDENTITY,
    FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX timers_due ON timers (due_at, position)`,
  `CREATE INDEX timers_by_ticket ON timers (tenant_id, ticket_id, kind)`,

  `CREATE TABLE idempotency_keys (
    tenant_id text NOT NULL,
    actor_id text NOT NULL,
    scope text NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    ticket_id text COLLATE "C" NOT NULL,
    message_id text,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, actor_id, scope, key),
    FOREIGN KEY (tenant_id, ticket_id) REFERENCES tickets (tenant_id, id) ON DELETE CASCADE
  )`,

  `CREATE TABLE outbox (
    position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id text NOT NULL,
    event_id text NOT NULL,
    ticket_id text COLLATE "C" NOT NULL,
    event_type text NOT NULL,
    visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
    at timestamptz NOT NULL,
    published_at timestamptz,
    FOREIGN KEY (tenant_id, event_id) REFERENCES events (tenant_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL`,
]

const tables = [
  "outbox",
  "idempotency_keys",
  "timers",
  "attachments",
  "events",
  "messages",
  "ticket_number_counters",
  "tickets",
  "workflows",
  "sla_policies",
  "calendars",
  "catalog_items",
  "priorities",
  "ticket_types",
  "department_members",
  "departments",
  "organisations",
  "users",
  "tenants",
]

/** The first schema: every entity of DESIGN "Domain", the outbox, and the indexes of the ticket list. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of up) await sql.raw(statement).execute(db)
  },
  async down(db: Kysely<unknown>) {
    for (const table of tables) await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db)
  },
}
