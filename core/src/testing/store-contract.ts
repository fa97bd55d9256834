import { afterEach, beforeEach, describe, expect, it } from "./runner.ts"
import { TenantSettings } from "../domain/tenant.ts"
import type { Ticket } from "../domain/ticket.ts"
import { Conflict, VersionConflict } from "../errors.ts"
import { configKinds } from "../ports/ticket-store.ts"
import type {
  IdempotencyRecord,
  StoreTicketQuery,
  TicketChange,
  TicketFilter,
  TicketSortField,
  TicketStore,
  TicketVisibility,
} from "../ports/ticket-store.ts"
import { defaultWorkflow } from "../workflow/default-workflow.ts"
import {
  commitNewTicket,
  commitTicketUpdate,
  creationOf,
  makeAttachment,
  makeEvent,
  makeMessage,
  makeTenant,
  makeTicket,
  makeTimer,
  makeUser,
  minutesAfterEpoch,
  sampleConfig,
  seedTenant,
  seedTicketWorld,
  updateOf,
  type TicketWorld,
} from "./store-fixtures.ts"

/*
 * The contract every `TicketStore` adapter passes. It checks behaviour through the port only, on
 * a fresh store per test. Where the port's doc comments leave room, the suite pins the reading a
 * Postgres adapter serves cheaply; these are the points an adapter author should know:
 *
 * - Round trips are exact: what was put is what is read (deep equality), instants included in
 *   their `toISOString()` form (`2026-01-05T10:00:00.000Z`) and calendar dates as `YYYY-MM-DD`.
 * - Lists of tenants, users, config, workflows, timers and attachments have no pinned order; the
 *   suite compares them sorted. Tickets, messages, events and due timers do have one (below).
 * - Emails are unique per tenant ignoring case (an index on `lower(email)`); external ids are
 *   unique per tenant exactly; null external ids never conflict.
 * - `nextTicketNumber` is a per-tenant counter: 1, 2, 3… with no gaps, also under concurrency.
 * - A failed `commit` (VersionConflict or Conflict) writes nothing: one transaction.
 * - `listEvents` orders by (version, seq); `listMessages` by createdAt, messages of the same
 *   instant in the order they were committed (a serial column breaks the tie).
 * - Ticket lists: every `TicketFilter` list field is "any of"; an empty list matches nothing
 *   (mind `IN ()`); filters, visibility and `q` combine with AND. `createdFrom` is inclusive,
 *   `createdTo` exclusive.
 * - `q`: every word must occur (AND), case-insensitively, in the subject, the description or a
 *   message body (internal notes only with `searchInternal`); a number (`42`, `#42`) also matches
 *   the ticket with that number. Search words here are whole words distinct from every other word
 *   of the data, so full-text search with trigram similarity passes as well as substring search;
 *   the suite pins no stemming, prefix or fuzzy behaviour.
 * - Sorting: `priority` sorts by the priority config's `rank` as it is when the list is read;
 *   tickets without a value (no due date, no or unknown priority) come last in both directions.
 *   Ties are broken by a stable, total tiebreaker (the id, in the sort's direction, is the
 *   natural one), so pages never overlap.
 * - Pagination is keyset: the cursor is opaque, pages have exactly `limit` items but the last,
 *   the last page is never empty and its `nextCursor` is null, and a ticket created before the
 *   cursor's position does not shift later pages.
 * - `countTickets.byCategory` always has the four categories; `byStatus` only statuses with tickets.
 * - `dueTimers(now)` includes timers due exactly at `now`.
 *
 * The data is referentially sound (requesters, assignees, authors, organisations and workflows
 * exist), so an adapter may use foreign keys between those rows; tickets name config by key and a
 * config entity may be deleted while tickets still name it. Tests that race (`Promise.all`,
 * `Promise.allSettled`) run unless `options.concurrency` is false, and are then skipped by name.
 */

/** What `makeStore` hands the suite: a fresh, empty store, and how to release it. */
export interface StoreUnderTest {
  readonly store: TicketStore
  readonly close?: (() => Promise<void>) | undefined
}

/** Options of the store contract suite. */
export interface StoreContractOptions {
  /** Run the tests that race commits and number draws (default true); false skips them, saying so. */
  readonly concurrency?: boolean | undefined
}

type StoreAccess = () => TicketStore
type RaceTest = (title: string, body: () => Promise<void>) => void

/**
 * Declares the `TicketStore` contract suite for one adapter; each test gets a fresh store from
 * `makeStore` and closes it afterwards.
 * @example
 * storeContract("memory", async () => ({ store: createMemoryStore() }))
 */
export function storeContract(name: string, makeStore: () => Promise<StoreUnderTest>, options: StoreContractOptions = {}): void {
  const concurrency = options.concurrency ?? true
  let current: StoreUnderTest | null = null
  const store: StoreAccess = () => {
    if (current === null) throw new Error("The store is only available inside a test")
    return current.store
  }
  const race: RaceTest = (title, body) =>
    concurrency ? it(title, body) : it.skip(`${title} (skipped: ${name} runs without concurrency)`, body)

  describe(`TicketStore contract: ${name}`, () => {
    beforeEach(async () => {
      current = await makeStore()
    })
    afterEach(async () => {
      const closing = current
      current = null
      await closing?.close?.()
    })

    tenantTests(store)
    userTests(store)
    configTests(store)
    workflowTests(store)
    ticketNumberTests(store, race)
    commitTests(store, race)
    idempotencyTests(store, race)
    getTicketTests(store)
    filterTests(store)
    searchTests(store)
    visibilityTests(store)
    sortAndPageTests(store)
    countTests(store)
    conversationTests(store)
    attachmentTests(store)
    unlinkedUploadTests(store)
    timerTests(store)
  })
}

const byId = <T extends { readonly id: string }>(items: ReadonlyArray<T>): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
const byKey = <T extends { readonly key: string }>(items: ReadonlyArray<T>): T[] =>
  [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))

/** Awaits a rejection that is an instance of `type` carrying `fields`. */
async function rejectsWith(attempt: Promise<unknown>, type: abstract new (...args: never[]) => unknown, fields: object): Promise<void> {
  await expect(attempt).rejects.toBeInstanceOf(type)
  await expect(attempt).rejects.toMatchObject(fields)
}

/** Everything a commit to this ticket could have written, to compare before and after a refused one. */
async function writtenFor(
  store: TicketStore,
  tenantId: string,
  ticketId: string,
  attachmentIds: ReadonlyArray<string> = [],
  idempotency?: Pick<IdempotencyRecord, "actorId" | "scope" | "key">,
) {
  return {
    ticket: await store.getTicket(tenantId, { id: ticketId }),
    events: await store.listEvents(tenantId, ticketId, { includeInternal: true }),
    messages: await store.listMessages(tenantId, ticketId, { includeInternal: true, order: "asc" }),
    timers: byId(await store.listTimers(tenantId, ticketId)),
    attachments: byId(await store.getAttachments(tenantId, attachmentIds)),
    idempotency:
      idempotency === undefined
        ? null
        : await store.findIdempotency(tenantId, idempotency.actorId, idempotency.scope, idempotency.key),
  }
}

function tenantTests(store: StoreAccess): void {
  describe("tenants", () => {
    it("puts and gets a tenant with its settings; an unknown id is null", async () => {
      const tenant = makeTenant({
        settings: TenantSettings.parse({
          agentsSeeAllTickets: true,
          timeZone: "Europe/Rome",
          defaultCalendarKey: "business-hours",
          attachmentPolicy: { maxFilesPerMessage: 4, maxBytesPerFile: 1024, allowedTypes: ["image/*"], maxImagesPerMessage: 3 },
        }),
      })
      await store().putTenant(tenant)
      expect(await store().getTenant(tenant.id)).toEqual(tenant)
      expect(await store().getTenant(makeTenant().id)).toBeNull()
    })

    it("lists every tenant", async () => {
      const tenants = [makeTenant(), makeTenant(), makeTenant()]
      for (const tenant of tenants) await store().putTenant(tenant)
      expect(byId(await store().listTenants())).toEqual(byId(tenants))
    })

    it("replaces a tenant by id", async () => {
      const tenant = makeTenant({ name: "Before" })
      await store().putTenant(tenant)
      const renamed = { ...tenant, name: "After", settings: { ...tenant.settings, timeZone: "Asia/Ho_Chi_Minh" } }
      await store().putTenant(renamed)
      expect(await store().getTenant(tenant.id)).toEqual(renamed)
      expect(await store().listTenants()).toEqual([renamed])
    })
  })
}

function userTests(store: StoreAccess): void {
  describe("users", () => {
    it("puts, gets and lists the users of one tenant", async () => {
      const a = makeTenant()
      const b = makeTenant()
      await store().putTenant(a)
      await store().putTenant(b)
      const ada = makeUser(a.id, { kind: "admin", externalId: "host-1", locale: "it", active: false })
      const bo = makeUser(a.id, { organisationId: null, orgRole: null })
      const other = makeUser(b.id)
      for (const user of [ada, bo, other]) await store().putUser(user)
      expect(await store().getUser(a.id, ada.id)).toEqual(ada)
      expect(byId(await store().listUsers(a.id))).toEqual(byId([ada, bo]))
      expect(await store().getUser(b.id, ada.id)).toBeNull()
      expect(await store().getUser(a.id, other.id)).toBeNull()
    })

    it("finds a user by email ignoring case, and by external id", async () => {
      const { tenant } = await seedTenant(store())
      const user = makeUser(tenant.id, { email: "Alice.Smith@Acme.test", externalId: "auth0|alice" })
      await store().putUser(user)
      expect(await store().findUser(tenant.id, { email: "alice.smith@acme.TEST" })).toEqual(user)
      expect(await store().findUser(tenant.id, { externalId: "auth0|alice" })).toEqual(user)
      expect(await store().findUser(tenant.id, { email: "nobody@acme.test" })).toBeNull()
      expect(await store().findUser(tenant.id, { externalId: "auth0|nobody" })).toBeNull()
      const other = makeTenant()
      await store().putTenant(other)
      expect(await store().findUser(other.id, { email: "alice.smith@acme.test" })).toBeNull()
    })

    it("replaces a user by id, freeing their old email and external id", async () => {
      const { tenant } = await seedTenant(store())
      const user = makeUser(tenant.id, { email: "old@acme.test", externalId: "old" })
      await store().putUser(user)
      const moved = { ...user, email: "new@acme.test", externalId: "new", name: "Renamed" }
      await store().putUser(moved)
      expect(await store().getUser(tenant.id, user.id)).toEqual(moved)
      expect(await store().findUser(tenant.id, { email: "old@acme.test" })).toBeNull()
      const successor = makeUser(tenant.id, { email: "old@acme.test", externalId: "old" })
      await store().putUser(successor)
      expect(await store().findUser(tenant.id, { externalId: "old" })).toEqual(successor)
    })

    it("refuses an email another user of the tenant has, in any case, with Conflict duplicate_key", async () => {
      const { tenant } = await seedTenant(store())
      await store().putUser(makeUser(tenant.id, { email: "bob@acme.test" }))
      const copycat = makeUser(tenant.id, { email: "BOB@acme.test" })
      await rejectsWith(store().putUser(copycat), Conflict, { _tag: "Conflict", reason: "duplicate_key" })
      expect(await store().getUser(tenant.id, copycat.id)).toBeNull()
    })

    it("refuses an external id another user has; users without one never conflict", async () => {
      const { tenant } = await seedTenant(store())
      await store().putUser(makeUser(tenant.id, { externalId: "host-7" }))
      const copycat = makeUser(tenant.id, { externalId: "host-7" })
      await rejectsWith(store().putUser(copycat), Conflict, { _tag: "Conflict", reason: "duplicate_key" })
      expect(await store().getUser(tenant.id, copycat.id)).toBeNull()
      await store().putUser(makeUser(tenant.id, { externalId: null }))
      await store().putUser(makeUser(tenant.id, { externalId: null }))
      expect((await store().listUsers(tenant.id)).filter((u) => u.externalId === null)).toHaveLength(4)
    })

    it("lets two tenants have users with the same email and external id", async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const inA = makeUser(a.tenant.id, { email: "same@example.test", externalId: "same" })
      const inB = makeUser(b.tenant.id, { email: "same@example.test", externalId: "same" })
      await store().putUser(inA)
      await store().putUser(inB)
      expect(await store().findUser(a.tenant.id, { email: "same@example.test" })).toEqual(inA)
      expect(await store().findUser(b.tenant.id, { externalId: "same" })).toEqual(inB)
    })

    it("loads an actor with the keys of the departments whose members include them, as they are now", async () => {
      const { tenant, agent, customer } = await seedTenant(store())
      const [tech, billing] = sampleConfig(tenant.id).department
      await store().putConfig(tenant.id, "department", { ...tech, memberIds: [agent.id] })
      await store().putConfig(tenant.id, "department", { ...billing, memberIds: [customer.id, agent.id] })
      await store().putConfig(tenant.id, "department", { ...billing, key: "sales", name: "Sales", memberIds: [customer.id] })
      const actor = await store().loadActor(tenant.id, agent.id)
      expect(actor?.user).toEqual(agent)
      // The tenant comes with the actor: every command needs both, in one read.
      expect(actor?.tenant).toEqual(tenant)
      expect([...(actor?.departmentKeys ?? [])].sort()).toEqual(["billing", "technical-support"])
      await store().putConfig(tenant.id, "department", { ...tech, memberIds: [] })
      expect((await store().loadActor(tenant.id, agent.id))?.departmentKeys).toEqual(["billing"])
      const loner = makeUser(tenant.id)
      await store().putUser(loner)
      expect(await store().loadActor(tenant.id, loner.id)).toEqual({ user: loner, departmentKeys: [], tenant })
    })

    it("loads no actor for an unknown user or another tenant's user", async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      expect(await store().loadActor(a.tenant.id, makeUser(a.tenant.id).id)).toBeNull()
      expect(await store().loadActor(a.tenant.id, b.agent.id)).toBeNull()
    })
  })
}

function configTests(store: StoreAccess): void {
  describe("configuration", () => {
    for (const kind of configKinds) {
      it(`stores ${kind} entities by key: put, get, list, replace, delete`, async () => {
        const { tenant } = await seedTenant(store())
        const [first, second] = sampleConfig(tenant.id)[kind]
        expect(await store().listConfig(tenant.id, kind)).toEqual([])
        await store().putConfig(tenant.id, kind, first)
        await store().putConfig(tenant.id, kind, second)
        expect(await store().getConfig(tenant.id, kind, first.key)).toEqual(first)
        expect(await store().getConfig(tenant.id, kind, second.key)).toEqual(second)
        expect(await store().getConfig(tenant.id, kind, "missing")).toBeNull()
        expect(byKey(await store().listConfig(tenant.id, kind))).toEqual(byKey([first, second]))

        const replaced = { ...first, name: `${first.name} (renamed)`, labels: { vi: "Đã đổi tên" } }
        await store().putConfig(tenant.id, kind, replaced)
        expect(await store().getConfig(tenant.id, kind, first.key)).toEqual(replaced)
        expect(byKey(await store().listConfig(tenant.id, kind))).toEqual(byKey([replaced, second]))

        expect(await store().deleteConfig(tenant.id, kind, first.key)).toBe(true)
        expect(await store().getConfig(tenant.id, kind, first.key)).toBeNull()
        expect(await store().listConfig(tenant.id, kind)).toEqual([second])
        expect(await store().deleteConfig(tenant.id, kind, first.key)).toBe(false)
      })
    }

    it("keeps each kind's keys apart from the other kinds'", async () => {
      const { tenant } = await seedTenant(store())
      const samples = sampleConfig(tenant.id)
      const [department] = samples.department
      const [type] = samples.ticketType
      await store().putConfig(tenant.id, "department", { ...department, key: "billing" })
      await store().putConfig(tenant.id, "ticketType", { ...type, key: "billing" })
      expect(await store().getConfig(tenant.id, "department", "billing")).toEqual({ ...department, key: "billing" })
      expect(await store().getConfig(tenant.id, "ticketType", "billing")).toEqual({ ...type, key: "billing" })
      expect(await store().deleteConfig(tenant.id, "ticketType", "billing")).toBe(true)
      expect(await store().getConfig(tenant.id, "department", "billing")).not.toBeNull()
    })

    it("keeps every kind's entities apart between tenants sharing a key", async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const inA = sampleConfig(a.tenant.id)
      const inB = sampleConfig(b.tenant.id)
      for (const kind of configKinds) {
        const [entityA] = inA[kind]
        const [entityB] = inB[kind]
        const forB = { ...entityB, key: entityA.key, name: `${entityA.name} of B` }
        await store().putConfig(a.tenant.id, kind, entityA)
        await store().putConfig(b.tenant.id, kind, forB)
        expect(await store().getConfig(a.tenant.id, kind, entityA.key)).toEqual(entityA)
        expect(await store().getConfig(b.tenant.id, kind, entityA.key)).toEqual(forB)
        expect(await store().deleteConfig(a.tenant.id, kind, entityA.key)).toBe(true)
        expect(await store().listConfig(a.tenant.id, kind)).toEqual([])
        expect(await store().listConfig(b.tenant.id, kind)).toEqual([forB])
      }
    })
  })
}

function workflowTests(store: StoreAccess): void {
  describe("workflows", () => {
    const custom = (version: number) => ({ ...defaultWorkflow, key: "custom", version, name: `Custom v${version}` })

    it("gets a workflow's latest version, or the version asked for", async () => {
      const { tenant } = await seedTenant(store())
      // Versions arrive out of order: "latest" is the highest version, not the last written.
      for (const version of [1, 3, 2]) await store().putWorkflow(tenant.id, custom(version))
      expect(await store().getWorkflow(tenant.id, "custom")).toEqual(custom(3))
      expect(await store().getWorkflow(tenant.id, "custom", 1)).toEqual(custom(1))
      expect(await store().getWorkflow(tenant.id, "custom", 2)).toEqual(custom(2))
      expect(await store().getWorkflow(tenant.id, "custom", 4)).toBeNull()
      expect(await store().getWorkflow(tenant.id, "missing")).toBeNull()
      expect(await store().getWorkflow(tenant.id, "default")).toEqual(defaultWorkflow)
    })

    it("lists the latest version of every workflow", async () => {
      const { tenant } = await seedTenant(store())
      await store().putWorkflow(tenant.id, custom(1))
      await store().putWorkflow(tenant.id, custom(2))
      expect(byKey(await store().listWorkflows(tenant.id))).toEqual(byKey([defaultWorkflow, custom(2)]))
    })

    it("refuses an existing (key, version) with Conflict duplicate_key and keeps the first", async () => {
      const { tenant } = await seedTenant(store())
      await store().putWorkflow(tenant.id, custom(1))
      await rejectsWith(store().putWorkflow(tenant.id, { ...custom(1), name: "Impostor" }), Conflict, {
        _tag: "Conflict",
        reason: "duplicate_key",
      })
      expect(await store().getWorkflow(tenant.id, "custom", 1)).toEqual(custom(1))
    })

    it("keeps workflows apart between tenants", async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      await store().putWorkflow(a.tenant.id, custom(1))
      await store().putWorkflow(b.tenant.id, { ...custom(1), name: "Custom of B" })
      expect(await store().getWorkflow(a.tenant.id, "custom")).toEqual(custom(1))
      expect((await store().getWorkflow(b.tenant.id, "custom"))?.name).toBe("Custom of B")
      expect(await store().getWorkflow(makeTenant().id, "default")).toBeNull()
    })
  })
}

function ticketNumberTests(store: StoreAccess, race: RaceTest): void {
  describe("ticket numbers", () => {
    it("counts 1, 2, 3… per tenant, each tenant on its own", async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const draw = (tenantId: string) => store().nextTicketNumber(tenantId)
      expect([await draw(a.tenant.id), await draw(a.tenant.id), await draw(a.tenant.id)]).toEqual([1, 2, 3])
      expect(await draw(b.tenant.id)).toBe(1)
      expect(await draw(a.tenant.id)).toBe(4)
      expect(await draw(b.tenant.id)).toBe(2)
    })

    race("hands 50 concurrent draws 50 distinct numbers, 1 to 50", async () => {
      const { tenant } = await seedTenant(store())
      const numbers = await Promise.all(Array.from({ length: 50 }, () => store().nextTicketNumber(tenant.id)))
      expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    })
  })
}

function commitTests(store: StoreAccess, race: RaceTest): void {
  describe("commit", () => {
    it("creates a ticket (expectedVersion null), readable by id and by number", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: await store().nextTicketNumber(tenant.id) })
      const change = creationOf(ticket)
      await store().commit(change)
      expect(await store().getTicket(tenant.id, { id: ticket.id })).toEqual(ticket)
      expect(await store().getTicket(tenant.id, { number: ticket.number })).toEqual(ticket)
      expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).toEqual(change.events)
    })

    it("round-trips a ticket with every optional field set", async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const [organisation] = sampleConfig(tenant.id).organisation
      await store().putConfig(tenant.id, "organisation", organisation)
      const full = makeTicket({
        tenantId: tenant.id,
        requesterId: customer.id,
        number: await store().nextTicketNumber(tenant.id),
        subject: "Invoices module crashes — «Счёт» 請求書",
        description: "Steps:\n1. Open *Invoices*\n2. Click **Export**\n\n`TypeError` in the console.",
        status: "in_progress",
        statusCategory: "open",
        typeKey: "bug",
        priorityKey: "urgent",
        departmentKey: "technical-support",
        catalog: { application: "crm", module: "crm-invoices" },
        organisationId: organisation.id,
        contact: { name: "Casey Customer", email: "casey@acme.test", phone: "+39 06 1234 5678" },
        desiredDueDate: "2026-02-01",
        dueAt: "2026-01-30T16:00:00.000Z",
        assigneeId: agent.id,
        reopenCount: 2,
        resolution: "fixed",
        previousStatus: "in_queue",
        statusVersion: 3,
        descriptionLocked: true,
        createdAt: "2026-01-05T10:00:00.000Z",
        updatedAt: "2026-01-06T11:30:00.123Z",
        statusChangedAt: "2026-01-06T11:30:00.123Z",
        firstResponseAt: "2026-01-05T10:15:00.000Z",
        resolvedAt: "2026-01-06T09:00:00.000Z",
        closedAt: "2026-01-06T09:30:00.000Z",
        sla: {
          policyKey: "urgent-sla",
          calendarKey: "business-hours",
          state: "running",
          firstResponseTarget: "PT1H",
          resolutionTarget: "P1DT8H",
          firstResponseDueAt: "2026-01-05T11:00:00.000Z",
          resolutionDueAt: "2026-01-06T18:00:00.000Z",
          firstResponseRemainingMs: 3_600_000,
          resolutionRemainingMs: 28_800_000,
          firstResponseBreachedAt: "2026-01-05T11:00:00.000Z",
          resolutionBreachedAt: null,
        },
        workflowKey: "default",
        workflowVersion: 1,
        version: 1,
      })
      await store().commit(creationOf(full))
      expect(await store().getTicket(tenant.id, { id: full.id })).toEqual(full)
    })

    it("replaces the row on an update with the expected version", async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const created = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
      const updated = await commitTicketUpdate(store(), created, {
        status: "in_progress",
        statusCategory: "open",
        assigneeId: agent.id,
        updatedAt: minutesAfterEpoch(30),
      })
      expect(updated.version).toBe(2)
      expect(await store().getTicket(tenant.id, { id: created.id })).toEqual(updated)
      expect(await store().getTicket(tenant.id, { number: created.number })).toEqual(updated)
      const again = await commitTicketUpdate(store(), updated, { assigneeId: null, updatedAt: minutesAfterEpoch(40) })
      expect(await store().getTicket(tenant.id, { id: created.id })).toEqual(again)
    })

    it("appends the events of successive commits; they list in (version, seq) order", async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const created = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const create = creationOf(created)
      await store().commit(create)
      const second = updateOf(created, { status: "in_queue", statusCategory: "open" })
      const v2 = second.ticket
      const secondEvents = [
        makeEvent(v2, { seq: 0, type: "StatusChanged", actorId: agent.id, payload: { from: "new", to: "in_queue" }, changes: { status: "in_queue" } }),
        makeEvent(v2, { seq: 1, type: "NoteAdded", actorId: agent.id, visibility: "internal", payload: { messageId: "n1" } }),
      ]
      await store().commit({ ...second, events: secondEvents })
      const third = updateOf(v2, { assigneeId: agent.id })
      const v3 = third.ticket
      const seq0 = makeEvent(v3, { seq: 0, type: "Assigned", actorId: agent.id, payload: { to: agent.id }, changes: { assigneeId: agent.id } })
      const seq1 = makeEvent(v3, { seq: 1, type: "DueDateChanged", actorId: agent.id, payload: { dueAt: null } })
      // Written out of order: the order is (version, seq), not arrival.
      await store().commit({ ...third, events: [seq1, seq0] })
      expect(await store().listEvents(tenant.id, created.id, { includeInternal: true })).toEqual([
        ...create.events,
        ...secondEvents,
        seq0,
        seq1,
      ])
    })

    it("stores new messages and replaces edited ones in place", async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const description = makeMessage(ticket, { authorId: customer.id, body: ticket.description, isDescription: true })
      await store().commit(creationOf(ticket, { newMessages: [description] }))
      const replyChange = updateOf(ticket, { updatedAt: minutesAfterEpoch(10) })
      const reply = makeMessage(replyChange.ticket, { authorId: agent.id, body: "Which printer?", event: "REQUEST_CLARIFICATION" })
      await store().commit({ ...replyChange, newMessages: [reply] })
      const edited = { ...description, body: "The printer in room B is out of toner.", editedAt: minutesAfterEpoch(20) }
      const editChange = updateOf(replyChange.ticket, { description: edited.body, updatedAt: minutesAfterEpoch(20) })
      await store().commit({ ...editChange, editedMessages: [edited] })
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual([edited, reply])
      expect(await store().getMessage(tenant.id, description.id)).toEqual(edited)
    })

    it("links uploaded attachments to the ticket and message, leaving others alone", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
      const [shot, log, unrelated] = [
        makeAttachment(tenant.id, customer.id),
        makeAttachment(tenant.id, customer.id, { filename: "error.log", contentType: "text/plain", size: 912 }),
        makeAttachment(tenant.id, customer.id, { filename: "later.png" }),
      ]
      for (const attachment of [shot, log, unrelated]) await store().putAttachment(attachment)
      const change = updateOf(ticket, {})
      const message = makeMessage(change.ticket, { authorId: customer.id, attachmentIds: [shot.id, log.id] })
      await store().commit({
        ...change,
        newMessages: [message],
        linkedAttachments: [
          { attachmentId: shot.id, messageId: message.id },
          { attachmentId: log.id, messageId: message.id },
        ],
      })
      expect(byId(await store().getAttachments(tenant.id, [shot.id, log.id, unrelated.id]))).toEqual(
        byId([
          { ...shot, ticketId: ticket.id, messageId: message.id },
          { ...log, ticketId: ticket.id, messageId: message.id },
          unrelated,
        ]),
      )
    })

    it("cancels only this ticket's pending timers of the named kinds, before adding the new ones", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const autoClose = makeTimer(ticket, { kind: "status", event: "AUTO_CLOSE" })
      const reminder = makeTimer(ticket, { kind: "status", event: "REMIND", dueAt: minutesAfterEpoch(60) })
      const slaCheck = makeTimer(ticket, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(120), ticketVersion: 1 })
      await store().commit(creationOf(ticket, { addTimers: [autoClose, reminder, slaCheck] }))
      const neighbour = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 2 })
      const neighbourTimer = makeTimer(neighbour)
      await store().commit(creationOf(neighbour, { addTimers: [neighbourTimer] }))
      expect(byId(await store().listTimers(tenant.id, ticket.id))).toEqual(byId([autoClose, reminder, slaCheck]))

      const change = updateOf(ticket, { status: "in_queue", statusCategory: "open", statusVersion: 2 })
      const nextAutoClose = makeTimer(change.ticket, { kind: "status", event: "AUTO_CLOSE", dueAt: minutesAfterEpoch(9000) })
      await store().commit({ ...change, cancelTimers: ["status"], addTimers: [nextAutoClose] })
      expect(byId(await store().listTimers(tenant.id, ticket.id))).toEqual(byId([slaCheck, nextAutoClose]))
      expect(await store().listTimers(tenant.id, neighbour.id)).toEqual([neighbourTimer])

      await store().commit({ ...updateOf(change.ticket, {}), cancelTimers: ["status", "sla"] })
      expect(await store().listTimers(tenant.id, ticket.id)).toEqual([])
      expect(await store().listTimers(tenant.id, neighbour.id)).toEqual([neighbourTimer])
    })

    it("removes the timer the change completed", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const first = makeTimer(ticket, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(60) })
      const other = makeTimer(ticket, { kind: "status", event: "AUTO_CLOSE" })
      await store().commit(creationOf(ticket, { addTimers: [first, other] }))
      const change = updateOf(ticket, {})
      const next = makeTimer(change.ticket, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(240) })
      await store().commit({ ...change, completedTimerId: first.id, addTimers: [next] })
      expect(byId(await store().listTimers(tenant.id, ticket.id))).toEqual(byId([other, next]))
    })

    it("refuses a stale or future expectedVersion with VersionConflict and writes nothing", async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const description = makeMessage(ticket, { authorId: customer.id, body: ticket.description, isDescription: true })
      const timer = makeTimer(ticket)
      await store().commit(creationOf(ticket, { newMessages: [description], addTimers: [timer] }))
      const current = await commitTicketUpdate(store(), ticket, { updatedAt: minutesAfterEpoch(5) })
      const attachment = makeAttachment(tenant.id, agent.id)
      await store().putAttachment(attachment)
      const idempotency = { actorId: agent.id, scope: `postMessage:${ticket.id}`, key: "retry-1" }
      const before = await writtenFor(store(), tenant.id, ticket.id, [attachment.id], idempotency)

      for (const expectedVersion of [1, 3]) {
        const change = updateOf({ ...current, version: expectedVersion }, { status: "closed", statusCategory: "closed" })
        const note = makeMessage(change.ticket, { authorId: agent.id, visibility: "internal", attachmentIds: [attachment.id] })
        const refused: TicketChange = {
          ...change,
          newMessages: [note],
          editedMessages: [{ ...description, body: "Edited while stale", editedAt: minutesAfterEpoch(6) }],
          linkedAttachments: [{ attachmentId: attachment.id, messageId: note.id }],
          cancelTimers: ["status", "sla"],
          addTimers: [makeTimer(change.ticket, { dueAt: minutesAfterEpoch(99) })],
          completedTimerId: timer.id,
          idempotency: { tenantId: tenant.id, ...idempotency, requestHash: "h", ticketId: ticket.id, messageId: note.id, createdAt: minutesAfterEpoch(6) },
        }
        await rejectsWith(store().commit(refused), VersionConflict, { _tag: "VersionConflict", ticketId: ticket.id })
        expect(await writtenFor(store(), tenant.id, ticket.id, [attachment.id], idempotency)).toEqual(before)
        expect(await store().getMessage(tenant.id, note.id)).toBeNull()
      }
    })

    it("refuses an update of a ticket that does not exist with VersionConflict", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ghost = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      await rejectsWith(store().commit(updateOf(ghost, {})), VersionConflict, { _tag: "VersionConflict", ticketId: ghost.id })
      expect(await store().getTicket(tenant.id, { id: ghost.id })).toBeNull()
      expect(await store().listEvents(tenant.id, ghost.id, { includeInternal: true })).toEqual([])
    })

    it("refuses to create a ticket whose id exists with VersionConflict and writes nothing", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
      const before = await writtenFor(store(), tenant.id, ticket.id)
      const twin = { ...ticket, subject: "Twin", number: await store().nextTicketNumber(tenant.id) }
      await rejectsWith(
        store().commit(creationOf(twin, { newMessages: [makeMessage(twin)], addTimers: [makeTimer(twin)] })),
        VersionConflict,
        { _tag: "VersionConflict", ticketId: ticket.id },
      )
      expect(await writtenFor(store(), tenant.id, ticket.id)).toEqual(before)
      expect(await store().getTicket(tenant.id, { number: twin.number })).toBeNull()
    })

    race("lets exactly one of two concurrent updates from the same version win", async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
      const mine = updateOf(ticket, { assigneeId: agent.id, subject: "Mine" })
      const theirs = updateOf(ticket, { assigneeId: customer.id, subject: "Theirs" })
      const mineMessage = makeMessage(mine.ticket, { body: "mine" })
      const theirsMessage = makeMessage(theirs.ticket, { body: "theirs" })
      const results = await Promise.allSettled([
        store().commit({ ...mine, newMessages: [mineMessage] }),
        store().commit({ ...theirs, newMessages: [theirsMessage] }),
      ])
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []))
      expect(won).toHaveLength(1)
      const lost = results.find((r) => r.status === "rejected")
      expect(lost?.status === "rejected" ? lost.reason : null).toBeInstanceOf(VersionConflict)
      const [winner, winnerMessage] = won[0] === 0 ? [mine, mineMessage] : [theirs, theirsMessage]
      expect(await store().getTicket(tenant.id, { id: ticket.id })).toEqual(winner.ticket)
      expect((await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).slice(1)).toEqual(winner.events)
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual([winnerMessage])
    })

    race("lets exactly one of two concurrent creations of the same id win", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: await store().nextTicketNumber(tenant.id) })
      const twin = { ...ticket, subject: "Twin" }
      const results = await Promise.allSettled([store().commit(creationOf(ticket)), store().commit(creationOf(twin))])
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      const lost = results.find((r) => r.status === "rejected")
      expect(lost?.status === "rejected" ? lost.reason : null).toBeInstanceOf(VersionConflict)
      expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).toHaveLength(1)
    })

    race("commits concurrent changes of different tickets without conflict", async () => {
      const { tenant, customer } = await seedTenant(store())
      const tickets = await Promise.all(
        Array.from({ length: 10 }, async () =>
          makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: await store().nextTicketNumber(tenant.id) }),
        ),
      )
      await Promise.all(tickets.map((t) => store().commit(creationOf(t, { addTimers: [makeTimer(t)] }))))
      const updates = tickets.map((t) => updateOf(t, { subject: "Updated in parallel" }))
      await Promise.all(updates.map((u) => store().commit({ ...u, cancelTimers: ["status"] })))
      for (const update of updates) {
        expect(await store().getTicket(tenant.id, { id: update.ticket.id })).toEqual(update.ticket)
        expect(await store().listTimers(tenant.id, update.ticket.id)).toEqual([])
      }
    })
  })
}

function idempotencyTests(store: StoreAccess, race: RaceTest): void {
  describe("idempotency", () => {
    const recordFor = (ticket: Ticket, actorId: string, scope: string, key: string, messageId: string | null = null): IdempotencyRecord => ({
      tenantId: ticket.tenantId,
      actorId,
      scope,
      key,
      requestHash: "5f2b9c0e3d1a",
      ticketId: ticket.id,
      messageId,
      createdAt: ticket.updatedAt,
    })

    it("writes the record with the commit; it is found by (tenant, actor, scope, key) only", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const record = recordFor(ticket, customer.id, "createTicket", "key-1")
      await store().commit(creationOf(ticket, { idempotency: record }))
      expect(await store().findIdempotency(tenant.id, customer.id, "createTicket", "key-1")).toEqual(record)
      expect(await store().findIdempotency(tenant.id, customer.id, "createTicket", "key-2")).toBeNull()
      expect(await store().findIdempotency(tenant.id, customer.id, `postMessage:${ticket.id}`, "key-1")).toBeNull()
      expect(await store().findIdempotency(tenant.id, makeUser(tenant.id).id, "createTicket", "key-1")).toBeNull()
      const other = await seedTenant(store())
      expect(await store().findIdempotency(other.tenant.id, customer.id, "createTicket", "key-1")).toBeNull()
    })

    it("refuses a second creation with the same (actor, scope, key): Conflict idempotency_key_reused, nothing written", async () => {
      const { tenant, customer } = await seedTenant(store())
      const first = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const record = recordFor(first, customer.id, "createTicket", "same")
      await store().commit(creationOf(first, { idempotency: record }))
      const second = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 2 })
      const attempt = store().commit(
        creationOf(second, {
          idempotency: { ...recordFor(second, customer.id, "createTicket", "same"), requestHash: "different" },
          newMessages: [makeMessage(second)],
          addTimers: [makeTimer(second)],
        }),
      )
      await rejectsWith(attempt, Conflict, { _tag: "Conflict", reason: "idempotency_key_reused" })
      expect(await writtenFor(store(), tenant.id, second.id)).toEqual({
        ticket: null,
        events: [],
        messages: [],
        timers: [],
        attachments: [],
        idempotency: null,
      })
      expect(await store().getTicket(tenant.id, { number: 2 })).toBeNull()
      expect(await store().findIdempotency(tenant.id, customer.id, "createTicket", "same")).toEqual(record)
    })

    it("records a key on an update; reusing it refuses the next update and writes nothing", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
      const scope = `postMessage:${ticket.id}`
      const change = updateOf(ticket, { updatedAt: minutesAfterEpoch(10) })
      const message = makeMessage(change.ticket, { authorId: customer.id, body: "Any news?" })
      const record = recordFor(change.ticket, customer.id, scope, "post-1", message.id)
      await store().commit({ ...change, newMessages: [message], idempotency: record })
      expect(await store().findIdempotency(tenant.id, customer.id, scope, "post-1")).toEqual(record)

      const before = await writtenFor(store(), tenant.id, ticket.id)
      const replay = updateOf(change.ticket, { updatedAt: minutesAfterEpoch(20) })
      const duplicate = makeMessage(replay.ticket, { authorId: customer.id, body: "Any news?" })
      await rejectsWith(
        store().commit({ ...replay, newMessages: [duplicate], idempotency: recordFor(replay.ticket, customer.id, scope, "post-1", duplicate.id) }),
        Conflict,
        { _tag: "Conflict", reason: "idempotency_key_reused" },
      )
      expect(await writtenFor(store(), tenant.id, ticket.id)).toEqual(before)
    })

    it("accepts the same key from another actor, in another scope or in another tenant", async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const other = await seedTenant(store())
      const tickets = [
        makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 }),
        makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 2 }),
        makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 3 }),
        makeTicket({ tenantId: other.tenant.id, requesterId: other.customer.id, number: 1 }),
      ] as const
      const records = [
        recordFor(tickets[0], customer.id, "createTicket", "k"),
        recordFor(tickets[1], agent.id, "createTicket", "k"),
        recordFor(tickets[2], customer.id, "importTicket", "k"),
        recordFor(tickets[3], customer.id, "createTicket", "k"),
      ]
      for (const [i, ticket] of tickets.entries()) await store().commit(creationOf(ticket, { idempotency: records[i] }))
      for (const record of records) {
        expect(await store().findIdempotency(record.tenantId, record.actorId, record.scope, record.key)).toEqual(record)
      }
    })

    race("lets exactly one of two concurrent creations with the same key win", async () => {
      const { tenant, customer } = await seedTenant(store())
      const [a, b] = [1, 2].map((number) => makeTicket({ tenantId: tenant.id, requesterId: customer.id, number }))
      if (a === undefined || b === undefined) throw new Error("two tickets")
      const results = await Promise.allSettled([
        store().commit(creationOf(a, { idempotency: recordFor(a, customer.id, "createTicket", "race") })),
        store().commit(creationOf(b, { idempotency: recordFor(b, customer.id, "createTicket", "race") })),
      ])
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      const lost = results.find((r) => r.status === "rejected")
      expect(lost?.status === "rejected" ? lost.reason : null).toMatchObject({ _tag: "Conflict", reason: "idempotency_key_reused" })
      const stored = [await store().getTicket(tenant.id, { id: a.id }), await store().getTicket(tenant.id, { id: b.id })]
      expect(stored.filter((t) => t !== null)).toHaveLength(1)
    })
  })
}

function getTicketTests(store: StoreAccess): void {
  describe("getTicket", () => {
    it("finds a ticket by id and by number within its tenant only", async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const inA = await commitNewTicket(store(), { tenantId: a.tenant.id, requesterId: a.customer.id, subject: "Ticket of A" })
      const inB = await commitNewTicket(store(), { tenantId: b.tenant.id, requesterId: b.customer.id, subject: "Ticket of B" })
      // Both are #1 of their tenant.
      expect(inA.number).toBe(inB.number)
      expect(await store().getTicket(a.tenant.id, { number: inA.number })).toEqual(inA)
      expect(await store().getTicket(b.tenant.id, { number: inB.number })).toEqual(inB)
      expect(await store().getTicket(b.tenant.id, { id: inA.id })).toBeNull()
      expect(await store().getTicket(a.tenant.id, { id: inB.id })).toBeNull()
    })

    it("answers null for an unknown id or number", async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
      expect(await store().getTicket(tenant.id, { id: makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 9 }).id })).toBeNull()
      expect(await store().getTicket(tenant.id, { number: ticket.number + 1 })).toBeNull()
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Lists. These tests read the world of `seedTicketWorld` (its doc has the table of tickets).

const all: TicketVisibility = { kind: "all" }

/** A list query of the world's tenant: everything visible, by number, one big page. */
function worldQuery(world: TicketWorld, overrides: Partial<StoreTicketQuery> = {}): StoreTicketQuery {
  return {
    tenantId: world.tenant.id,
    visibility: all,
    filter: {},
    searchInternal: true,
    sort: { field: "number", direction: "asc" },
    limit: 100,
    cursor: null,
    ...overrides,
  }
}

/** The world names of the tickets a query finds, sorted by name (order is the sort tests' business). */
async function found(store: TicketStore, world: TicketWorld, overrides: Partial<StoreTicketQuery> = {}): Promise<string[]> {
  const page = await store.listTickets(worldQuery(world, overrides))
  expect(page.nextCursor).toBeNull()
  return page.items.map((t) => world.nameOf(t)).sort()
}

/** Declares a nested `describe` whose tests each start from a freshly seeded world. */
function withWorld(title: string, store: StoreAccess, body: (world: () => TicketWorld) => void): void {
  describe(title, () => {
    let seeded: TicketWorld | null = null
    beforeEach(async () => {
      seeded = await seedTicketWorld(store())
    })
    body(() => {
      if (seeded === null) throw new Error("The world is only seeded inside a test")
      return seeded
    })
  })
}

function filterTests(store: StoreAccess): void {
  withWorld("listTickets filters", store, (world) => {
    const cases: ReadonlyArray<readonly [string, (w: TicketWorld) => TicketFilter, ReadonlyArray<string>]> = [
      ["no filter: every ticket of the tenant", () => ({}), ["bonus", "export", "incentive", "invoice", "login", "password", "printer"]],
      ["status", () => ({ status: ["in_queue"] }), ["invoice", "password"]],
      ["status, several", () => ({ status: ["new", "closed"] }), ["export", "incentive", "printer"]],
      ["category", () => ({ category: ["open"] }), ["invoice", "login", "password"]],
      ["category, several", () => ({ category: ["pending", "closed"] }), ["bonus", "export"]],
      ["type", () => ({ type: ["bug", "billing"] }), ["invoice", "login"]],
      ["priority", () => ({ priority: ["urgent", "low"] }), ["bonus", "login"]],
      ["department", () => ({ department: ["billing"] }), ["bonus", "invoice"]],
      ["department null: unrouted", () => ({ department: [null] }), ["incentive", "printer"]],
      ["department or unrouted", () => ({ department: ["technical-support", null] }), ["export", "incentive", "login", "password", "printer"]],
      ["assignee", (w) => ({ assignee: [w.users.agentBilling.id] }), ["bonus", "password"]],
      ["assignee null: unassigned", () => ({ assignee: [null] }), ["export", "incentive", "invoice", "printer"]],
      ["assignee or unassigned", (w) => ({ assignee: [w.users.agentTech.id, null] }), ["export", "incentive", "invoice", "login", "printer"]],
      ["requester", (w) => ({ requester: [w.users.bob.id] }), ["bonus", "printer"]],
      ["requester, several", (w) => ({ requester: [w.users.alice.id, w.users.dave.id] }), ["export", "incentive", "invoice", "password"]],
      ["organisation", (w) => ({ organisation: [w.organisations.globex.id] }), ["login"]],
      ["organisation, several", (w) => ({ organisation: [w.organisations.acme.id, w.organisations.globex.id] }), ["bonus", "incentive", "invoice", "login", "password", "printer"]],
      ["createdFrom is inclusive", (w) => ({ createdFrom: w.tickets.invoice.createdAt }), ["bonus", "export", "incentive", "invoice", "login", "password"]],
      ["createdTo is exclusive", (w) => ({ createdTo: w.tickets.bonus.createdAt }), ["invoice", "login", "printer"]],
      ["createdFrom and createdTo", (w) => ({ createdFrom: w.tickets.invoice.createdAt, createdTo: w.tickets.bonus.createdAt }), ["invoice", "login"]],
      ["an empty date range", (w) => ({ createdFrom: w.tickets.login.createdAt, createdTo: w.tickets.login.createdAt }), []],
      ["workflow key", () => ({ workflow: { key: "default" } }), ["bonus", "incentive", "invoice", "login", "password", "printer"]],
      ["workflow key and version", () => ({ workflow: { key: "default", version: 2 } }), ["login"]],
      ["another workflow", () => ({ workflow: { key: "custom" } }), ["export"]],
      ["several filters combine with AND", () => ({ category: ["open"], department: ["technical-support"] }), ["login", "password"]],
      ["AND across lists", (w) => ({ requester: [w.users.alice.id], priority: ["high"], type: ["incentive"] }), ["incentive"]],
      // Empty lists match nothing (a SQL adapter must not emit `IN ()`).
      ["an empty status list matches nothing", () => ({ status: [] }), []],
      ["an empty department list matches nothing", () => ({ department: [] }), []],
      ["an empty assignee list matches nothing", () => ({ assignee: [] }), []],
    ]
    // One test for the table (a fresh world per test is the slow part on a database); each case
    // is a soft assertion labelled with its title, so every failing case is reported.
    it("applies every filter of TicketFilter", async () => {
      for (const [title, filter, expected] of cases) {
        expect.soft(await found(store(), world(), { filter: filter(world()) }), title).toEqual(expected)
      }
    })

    it("never lists another tenant's tickets", async () => {
      const w = world()
      const page = await store().listTickets(worldQuery(w, { tenantId: w.otherTenant.id }))
      expect(page.items).toEqual([w.otherTicket])
    })
  })
}

function searchTests(store: StoreAccess): void {
  withWorld("listTickets search (q)", store, (world) => {
    const search = (q: string, overrides: Partial<StoreTicketQuery> = {}) =>
      found(store(), world(), { ...overrides, filter: { ...overrides.filter, q } })

    it("matches words of the subject, ignoring case", async () => {
      expect(await search("printer")).toEqual(["printer"])
      expect(await search("PRINTER")).toEqual(["printer"])
    })

    it("matches words of the description", async () => {
      expect(await search("monday")).toEqual(["login"])
    })

    it("matches words of public messages", async () => {
      expect(await search("accounting", { searchInternal: false })).toEqual(["invoice"])
      expect(await search("rollback", { searchInternal: false })).toEqual(["login"])
    })

    it("matches internal notes only when searchInternal", async () => {
      expect(await search("zeppelin", { searchInternal: false })).toEqual([])
      expect(await search("zeppelin", { searchInternal: true })).toEqual(["login"])
    })

    it("needs every word, wherever each occurs", async () => {
      expect(await search("invoice accounting")).toEqual(["invoice"])
      expect(await search("quarterly bonus")).toEqual(["bonus"])
      expect(await search("invoice printer")).toEqual([])
      expect(await search("kangaroo")).toEqual([])
    })

    it("matches a number, bare or with #, to the ticket number", async () => {
      const { export: exportTicket } = world().tickets
      expect(await search(String(exportTicket.number))).toEqual(["export"])
      expect(await search(`#${exportTicket.number}`)).toEqual(["export"])
      expect(await search("4242")).toEqual([])
    })

    it("combines with filters and visibility", async () => {
      const w = world()
      expect(await search("printer", { filter: { status: ["closed"] } })).toEqual([])
      const bob: TicketVisibility = { kind: "customer", userId: w.users.bob.id, organisationId: null, hiddenTypeKeys: [] }
      expect(await search("monday", { visibility: bob, searchInternal: false })).toEqual([])
      expect(await search(String(w.tickets.login.number), { visibility: bob, searchInternal: false })).toEqual([])
      expect(await search("quarterly", { visibility: bob, searchInternal: false })).toEqual(["bonus"])
    })

    it("never finds another tenant's words", async () => {
      expect(await search("scanner")).toEqual([])
      expect(await search("bookkeeping")).toEqual([])
    })

    it("follows an edited message: its old words stop matching, its new ones match", async () => {
      const w = world()
      const { invoice } = w.tickets
      const edited = { ...w.messages.accounting, body: "I attached the figures from our bookkeeping team", editedAt: minutesAfterEpoch(9 * 24 * 60) }
      await store().commit(updateOf(invoice, {}, { editedMessages: [edited] }))
      expect(await search("accounting")).toEqual([])
      expect(await search("bookkeeping")).toEqual(["invoice"])
    })

    it("follows a changed subject and description", async () => {
      const w = world()
      await store().commit(updateOf(w.tickets.login, { subject: "Portal page times out", description: "Customers cannot sign in" }))
      expect(await search("login")).toEqual([])
      expect(await search("monday")).toEqual([])
      expect(await search("portal")).toEqual(["login"])
    })
  })
}

function visibilityTests(store: StoreAccess): void {
  withWorld("listTickets visibility", store, (world) => {
    const visible = (visibility: TicketVisibility) => found(store(), world(), { visibility, searchInternal: false })

    it("all: every ticket of the tenant", async () => {
      expect(await visible(all)).toEqual(["bonus", "export", "incentive", "invoice", "login", "password", "printer"])
    })

    it("departments: their departments' tickets, unrouted ones, and those assigned to the user", async () => {
      const { agentTech, agentBilling } = world().users
      expect(await visible({ kind: "departments", departmentKeys: ["technical-support"], userId: agentTech.id })).toEqual([
        "export",
        "incentive",
        "login",
        "password",
        "printer",
      ])
      // agentBilling is assigned `password` of technical-support.
      expect(await visible({ kind: "departments", departmentKeys: ["billing"], userId: agentBilling.id })).toEqual([
        "bonus",
        "incentive",
        "invoice",
        "password",
        "printer",
      ])
      expect(await visible({ kind: "departments", departmentKeys: [], userId: agentBilling.id })).toEqual([
        "bonus",
        "incentive",
        "password",
        "printer",
      ])
    })

    it("customer: their own tickets only, without an organisation", async () => {
      const { bob, carol, dave } = world().users
      const own = (userId: string): TicketVisibility => ({ kind: "customer", userId, organisationId: null, hiddenTypeKeys: ["incentive"] })
      // Their own tickets of a hidden type included.
      expect(await visible(own(bob.id))).toEqual(["bonus", "printer"])
      expect(await visible(own(carol.id))).toEqual(["login"])
      expect(await visible(own(dave.id))).toEqual(["export"])
    })

    it("customer support admin: their own, plus their organisation's except hidden types", async () => {
      const w = world()
      const alice = (hiddenTypeKeys: string[]): TicketVisibility => ({
        kind: "customer",
        userId: w.users.alice.id,
        organisationId: w.organisations.acme.id,
        hiddenTypeKeys,
      })
      // bob's `bonus` is an incentive: hidden. alice's own `incentive` stays visible.
      expect(await visible(alice(["incentive"]))).toEqual(["incentive", "invoice", "password", "printer"])
      expect(await visible(alice([]))).toEqual(["bonus", "incentive", "invoice", "password", "printer"])
      // A colleague's ticket without a type is never hidden (mind `NOT (NULL = ANY(…))`).
      await store().commit(updateOf(w.tickets.printer, { typeKey: null }))
      expect(await visible(alice(["incentive"]))).toEqual(["incentive", "invoice", "password", "printer"])
      expect(
        await visible({ kind: "customer", userId: w.users.carol.id, organisationId: w.organisations.globex.id, hiddenTypeKeys: ["incentive"] }),
      ).toEqual(["login"])
    })

    it("combines with filters", async () => {
      const { agentBilling } = world().users
      expect(
        await found(store(), world(), {
          visibility: { kind: "departments", departmentKeys: ["billing"], userId: agentBilling.id },
          filter: { category: ["new", "open"] },
        }),
      ).toEqual(["incentive", "invoice", "password", "printer"])
    })
  })
}

/** A sortable value of a ticket, as the sort tests read it; null sorts last. */
function sortValue(ticket: Ticket, field: TicketSortField, ranks: ReadonlyMap<string, number>): number | null {
  switch (field) {
    case "createdAt":
      return Date.parse(ticket.createdAt)
    case "updatedAt":
      return Date.parse(ticket.updatedAt)
    case "number":
      return ticket.number
    case "dueAt":
      return ticket.dueAt === null ? null : Date.parse(ticket.dueAt)
    case "priority":
      return ticket.priorityKey === null ? null : (ranks.get(ticket.priorityKey) ?? null)
  }
}

/** The runs of equal sort values in a list, each run's names sorted: ties may come in any stable order. */
function runsOf(world: TicketWorld, items: ReadonlyArray<Ticket>, field: TicketSortField, ranks: ReadonlyMap<string, number>): string[][] {
  const runs: Array<{ value: number | null; names: string[] }> = []
  for (const ticket of items) {
    const value = sortValue(ticket, field, ranks)
    const last = runs[runs.length - 1]
    if (last !== undefined && last.value === value) last.names.push(world.nameOf(ticket))
    else runs.push({ value, names: [world.nameOf(ticket)] })
  }
  return runs.map((run) => run.names.sort())
}

/** Follows `nextCursor` from the first page to the last; fails if it never ends. */
async function walkPages(store: TicketStore, query: StoreTicketQuery): Promise<Array<{ items: ReadonlyArray<Ticket>; nextCursor: string | null }>> {
  const pages: Array<{ items: ReadonlyArray<Ticket>; nextCursor: string | null }> = []
  let cursor: string | null = null
  for (let i = 0; i < 50; i++) {
    const page = await store.listTickets({ ...query, cursor })
    pages.push(page)
    if (page.nextCursor === null) return pages
    cursor = page.nextCursor
  }
  throw new Error("Pagination did not reach a last page in 50 pages")
}

const worldRanks: ReadonlyMap<string, number> = new Map([
  ["low", 10],
  ["normal", 20],
  ["high", 30],
  ["urgent", 40],
])

/** The world in each order, as runs of ties; the run of tickets without a value is always last. */
const expectedRuns: Readonly<Record<TicketSortField, Readonly<Record<"asc" | "desc", string[][]>>>> = {
  number: {
    asc: [["printer"], ["invoice"], ["login"], ["bonus"], ["export"], ["password"], ["incentive"]],
    desc: [["incentive"], ["password"], ["export"], ["bonus"], ["login"], ["invoice"], ["printer"]],
  },
  createdAt: {
    asc: [["printer"], ["invoice"], ["login"], ["bonus"], ["export"], ["incentive", "password"]],
    desc: [["incentive", "password"], ["export"], ["bonus"], ["login"], ["invoice"], ["printer"]],
  },
  updatedAt: {
    asc: [["printer"], ["login"], ["bonus"], ["invoice", "password"], ["export"], ["incentive"]],
    desc: [["incentive"], ["export"], ["invoice", "password"], ["bonus"], ["login"], ["printer"]],
  },
  priority: {
    asc: [["bonus"], ["password", "printer"], ["incentive", "invoice"], ["login"], ["export"]],
    desc: [["login"], ["incentive", "invoice"], ["password", "printer"], ["bonus"], ["export"]],
  },
  dueAt: {
    asc: [["login"], ["export"], ["invoice", "password"], ["bonus", "incentive", "printer"]],
    desc: [["invoice", "password"], ["export"], ["login"], ["bonus", "incentive", "printer"]],
  },
}

function sortAndPageTests(store: StoreAccess): void {
  withWorld("listTickets sorting and keyset pagination", store, (world) => {
    it("sorts by every field both ways, nulls last, and pages through each order with limits 1, 2 and 3", async () => {
      const w = world()
      for (const field of Object.keys(expectedRuns) as TicketSortField[]) {
        for (const direction of ["asc", "desc"] as const) {
          const sort = { field, direction }
          const label = `${field} ${direction}`
          const whole = await store().listTickets(worldQuery(w, { sort }))
          expect.soft(whole.nextCursor, label).toBeNull()
          expect.soft(runsOf(w, whole.items, field, worldRanks), label).toEqual(expectedRuns[field][direction])
          for (const limit of [1, 2, 3]) {
            const pages = await walkPages(store(), worldQuery(w, { sort, limit }))
            const paged = `${label}, limit ${limit}`
            // Every page full but the last, which is not empty; together the whole list, once, in order.
            expect.soft(pages, paged).toHaveLength(Math.ceil(whole.items.length / limit))
            for (const page of pages.slice(0, -1)) expect.soft(page.items, paged).toHaveLength(limit)
            expect.soft(pages[pages.length - 1]?.items.length, paged).toBeGreaterThan(0)
            expect.soft(pages.flatMap((p) => p.items.map((t) => t.id)), paged).toEqual(whole.items.map((t) => t.id))
          }
        }
      }
    })

    it("ends without an empty page when the last page is exactly full", async () => {
      const w = world()
      const query = worldQuery(w, { filter: { category: ["new", "open", "pending"] }, sort: { field: "createdAt", direction: "desc" } })
      for (const limit of [2, 3, 6]) {
        const pages = await walkPages(store(), { ...query, limit })
        expect(pages.map((p) => p.items.length)).toEqual(Array.from({ length: 6 / limit }, () => limit))
        expect(pages[pages.length - 1]?.nextCursor).toBeNull()
      }
    })

    it("pages through a filtered, restricted list", async () => {
      const w = world()
      const query = worldQuery(w, {
        visibility: { kind: "departments", departmentKeys: ["billing"], userId: w.users.agentBilling.id },
        filter: { category: ["new", "open", "pending"] },
        sort: { field: "priority", direction: "desc" },
      })
      const whole = await store().listTickets(query)
      expect(runsOf(w, whole.items, "priority", worldRanks)).toEqual([["incentive", "invoice"], ["password", "printer"], ["bonus"]])
      const pages = await walkPages(store(), { ...query, limit: 2 })
      expect(pages.flatMap((p) => p.items.map((t) => t.id))).toEqual(whole.items.map((t) => t.id))
    })

    it("sorts by the priority's rank as configured when the list is read", async () => {
      const w = world()
      // `low` becomes the most urgent; `urgent` is deleted, so login's key names no priority and
      // sorts with the tickets without one.
      const low = await store().getConfig(w.tenant.id, "priority", "low")
      if (low === null) throw new Error("the world has a low priority")
      await store().putConfig(w.tenant.id, "priority", { ...low, rank: 50 })
      expect(await store().deleteConfig(w.tenant.id, "priority", "urgent")).toBe(true)
      const page = await store().listTickets(worldQuery(w, { sort: { field: "priority", direction: "desc" } }))
      const ranksNow = new Map([...worldRanks, ["low", 50]])
      ranksNow.delete("urgent")
      expect(runsOf(w, page.items, "priority", ranksNow)).toEqual([
        ["bonus"],
        ["incentive", "invoice"],
        ["password", "printer"],
        ["export", "login"],
      ])
    })

    it("continues after the cursor's position even when a ticket is created before it", async () => {
      const w = world()
      const query = worldQuery(w, { sort: { field: "createdAt", direction: "asc" }, limit: 3 })
      const first = await store().listTickets(query)
      expect(first.items.map((t) => w.nameOf(t))).toEqual(["printer", "invoice", "login"])
      await commitNewTicket(store(), { tenantId: w.tenant.id, requesterId: w.users.dave.id, createdAt: minutesAfterEpoch(-60) })
      const second = await store().listTickets({ ...query, cursor: first.nextCursor })
      expect(second.items.map((t) => w.nameOf(t))).toEqual(["bonus", "export", expect.stringMatching(/^(password|incentive)$/)])
    })
  })
}

function countTests(store: StoreAccess): void {
  withWorld("countTickets", store, (world) => {
    const count = (overrides: Partial<StoreTicketQuery> = {}) => {
      const { tenantId, visibility, filter, searchInternal } = worldQuery(world(), overrides)
      return store().countTickets({ tenantId, visibility, filter, searchInternal })
    }

    it("counts every ticket by status and by category; every category is present", async () => {
      expect(await count()).toEqual({
        total: 7,
        byStatus: { new: 2, in_queue: 2, in_progress: 1, needs_clarification: 1, closed: 1 },
        byCategory: { new: 2, open: 3, pending: 1, closed: 1 },
      })
    })

    it("counts under the same filters and visibility as the list", async () => {
      expect(await count({ filter: { department: ["technical-support"] } })).toEqual({
        total: 3,
        byStatus: { in_progress: 1, closed: 1, in_queue: 1 },
        byCategory: { new: 0, open: 2, pending: 0, closed: 1 },
      })
      const w = world()
      const alice: TicketVisibility = { kind: "customer", userId: w.users.alice.id, organisationId: w.organisations.acme.id, hiddenTypeKeys: ["incentive"] }
      expect(await count({ visibility: alice, searchInternal: false })).toEqual({
        total: 4,
        byStatus: { new: 2, in_queue: 2 },
        byCategory: { new: 2, open: 2, pending: 0, closed: 0 },
      })
    })

    it("counts under q, internal notes only when searchInternal", async () => {
      expect(await count({ filter: { q: "zeppelin" }, searchInternal: false })).toEqual({
        total: 0,
        byStatus: {},
        byCategory: { new: 0, open: 0, pending: 0, closed: 0 },
      })
      expect(await count({ filter: { q: "zeppelin" }, searchInternal: true })).toEqual({
        total: 1,
        byStatus: { in_progress: 1 },
        byCategory: { new: 0, open: 1, pending: 0, closed: 0 },
      })
    })

    it("counts one tenant only", async () => {
      expect(await count({ tenantId: world().otherTenant.id })).toEqual({
        total: 1,
        byStatus: { new: 1 },
        byCategory: { new: 1, open: 0, pending: 0, closed: 0 },
      })
    })
  })
}

function conversationTests(store: StoreAccess): void {
  describe("messages and events", () => {
    /** A ticket with a description, a public reply, an internal note, then two replies of one instant. */
    async function conversation() {
      const { tenant, customer, agent } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const description = makeMessage(ticket, { authorId: customer.id, body: ticket.description, isDescription: true })
      const create = creationOf(ticket, { newMessages: [description] })
      await store().commit(create)

      const second = updateOf(ticket, { updatedAt: minutesAfterEpoch(10) })
      const reply = makeMessage(second.ticket, { authorId: agent.id, body: "Which floor?", event: "REQUEST_CLARIFICATION" })
      const note = makeMessage(second.ticket, { authorId: agent.id, visibility: "internal", body: "Toner is on order", createdAt: minutesAfterEpoch(11) })
      const secondEvents = [
        makeEvent(second.ticket, { seq: 0, type: "MessagePosted", actorId: agent.id, payload: { messageId: reply.id } }),
        makeEvent(second.ticket, { seq: 1, type: "NoteAdded", actorId: agent.id, visibility: "internal", payload: { messageId: note.id } }),
      ]
      await store().commit({ ...second, events: secondEvents, newMessages: [reply, note] })

      const third = updateOf(second.ticket, { updatedAt: minutesAfterEpoch(30) })
      const answer = makeMessage(third.ticket, { authorId: customer.id, body: "Second floor" })
      const thanks = makeMessage(third.ticket, { authorId: customer.id, body: "Thanks!" })
      await store().commit({ ...third, newMessages: [answer, thanks] })

      // Written last, yet created before `answer` (another process's clock): the order is createdAt.
      const fourth = updateOf(third.ticket, { updatedAt: minutesAfterEpoch(31) })
      const late = makeMessage(fourth.ticket, { authorId: agent.id, body: "Checking", createdAt: minutesAfterEpoch(20) })
      await store().commit({ ...fourth, newMessages: [late] })
      return { tenant, ticket, messages: { description, reply, note, late, answer, thanks }, events: [...create.events, ...secondEvents, ...third.events, ...fourth.events] }
    }

    it("lists messages by createdAt, those of one instant in commit order, ascending or descending", async () => {
      const { tenant, ticket, messages: m } = await conversation()
      const ascending = [m.description, m.reply, m.note, m.late, m.answer, m.thanks]
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual(ascending)
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "desc" })).toEqual([...ascending].reverse())
    })

    it("leaves internal notes out unless includeInternal", async () => {
      const { tenant, ticket, messages: m } = await conversation()
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: false, order: "asc" })).toEqual([
        m.description,
        m.reply,
        m.late,
        m.answer,
        m.thanks,
      ])
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: false, order: "desc" })).toEqual([
        m.thanks,
        m.answer,
        m.late,
        m.reply,
        m.description,
      ])
    })

    it("gets one message by id within its tenant", async () => {
      const { tenant, ticket, messages: m } = await conversation()
      expect(await store().getMessage(tenant.id, m.note.id)).toEqual(m.note)
      expect(await store().getMessage(tenant.id, makeMessage(ticket).id)).toBeNull()
      const other = await seedTenant(store())
      expect(await store().getMessage(other.tenant.id, m.note.id)).toBeNull()
      expect(await store().listMessages(other.tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual([])
    })

    it("keeps each ticket's messages and events to itself", async () => {
      const { tenant, ticket } = await conversation()
      const neighbour = makeTicket({ tenantId: tenant.id, requesterId: ticket.requesterId, number: 2 })
      const neighbourMessage = makeMessage(neighbour)
      const create = creationOf(neighbour, { newMessages: [neighbourMessage] })
      await store().commit(create)
      expect(await store().listMessages(tenant.id, neighbour.id, { includeInternal: true, order: "asc" })).toEqual([neighbourMessage])
      expect(await store().listEvents(tenant.id, neighbour.id, { includeInternal: true })).toEqual(create.events)
    })

    it("lists events in (version, seq) order, internal ones only when includeInternal", async () => {
      const { tenant, ticket, events } = await conversation()
      expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).toEqual(events)
      expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: false })).toEqual(
        events.filter((e) => e.visibility === "public"),
      )
      const other = await seedTenant(store())
      expect(await store().listEvents(other.tenant.id, ticket.id, { includeInternal: true })).toEqual([])
    })
  })
}

function attachmentTests(store: StoreAccess): void {
  describe("attachments", () => {
    it("puts and gets attachments, skipping missing ids and other tenants'", async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const shot = makeAttachment(a.tenant.id, a.customer.id)
      const pdf = makeAttachment(a.tenant.id, a.agent.id, { filename: "invoice.pdf", contentType: "application/pdf", size: 0 })
      const foreign = makeAttachment(b.tenant.id, b.customer.id)
      for (const attachment of [shot, pdf, foreign]) await store().putAttachment(attachment)
      const missing = makeAttachment(a.tenant.id, a.customer.id).id
      expect(byId(await store().getAttachments(a.tenant.id, [shot.id, missing, pdf.id, foreign.id]))).toEqual(byId([shot, pdf]))
      expect(await store().getAttachments(a.tenant.id, [])).toEqual([])
      expect(await store().getAttachments(b.tenant.id, [shot.id])).toEqual([])
    })
  })
}

function unlinkedUploadTests(store: StoreAccess): void {
  describe("unlinked uploads (the upload sweeper)", () => {
    /** In two tenants: uploads of minutes 0, 10, 20 and 30, the one of minute 10 linked to a message. */
    async function uploadsAcrossTenants() {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const ticket = await commitNewTicket(store(), { tenantId: a.tenant.id, requesterId: a.customer.id })
      const uploads = {
        a0: makeAttachment(a.tenant.id, a.customer.id, { createdAt: minutesAfterEpoch(0) }),
        a10: makeAttachment(a.tenant.id, a.customer.id, { createdAt: minutesAfterEpoch(10) }),
        b20: makeAttachment(b.tenant.id, b.customer.id, { createdAt: minutesAfterEpoch(20) }),
        a30: makeAttachment(a.tenant.id, a.agent.id, { createdAt: minutesAfterEpoch(30) }),
      }
      for (const upload of Object.values(uploads)) await store().putAttachment(upload)
      const change = updateOf(ticket, {})
      const message = makeMessage(change.ticket, { authorId: a.customer.id, attachmentIds: [uploads.a10.id] })
      await store().commit({ ...change, newMessages: [message], linkedAttachments: [{ attachmentId: uploads.a10.id, messageId: message.id }] })
      return { a, b, uploads }
    }

    it("lists unlinked uploads created before an instant, across tenants, oldest first, up to a limit", async () => {
      const { uploads } = await uploadsAcrossTenants()
      const ids = async (before: number, limit: number) => (await store().unlinkedAttachments(new Date(minutesAfterEpoch(before)), limit)).map((u) => u.id)
      expect(await ids(31, 10)).toEqual([uploads.a0.id, uploads.b20.id, uploads.a30.id])
      expect(await ids(30, 10)).toEqual([uploads.a0.id, uploads.b20.id])
      expect(await ids(31, 2)).toEqual([uploads.a0.id, uploads.b20.id])
      expect(await ids(0, 10)).toEqual([])
      expect(await store().unlinkedAttachments(new Date(minutesAfterEpoch(1)), 10)).toEqual([uploads.a0])
    })

    it("deletes only the still unlinked uploads of its tenant, saying which", async () => {
      const { a, b, uploads } = await uploadsAcrossTenants()
      const missing = makeAttachment(a.tenant.id, a.customer.id).id
      const deleted = await store().deleteUnlinkedAttachments(a.tenant.id, [uploads.a0.id, uploads.a10.id, uploads.b20.id, missing])
      expect(deleted).toEqual([uploads.a0.id])
      expect(await store().getAttachments(a.tenant.id, [uploads.a0.id])).toEqual([])
      expect((await store().getAttachments(a.tenant.id, [uploads.a10.id, uploads.a30.id])).map((u) => u.id)).toEqual([uploads.a10.id, uploads.a30.id])
      expect(await store().getAttachments(b.tenant.id, [uploads.b20.id])).toEqual([uploads.b20])
      expect(await store().deleteUnlinkedAttachments(a.tenant.id, [])).toEqual([])
    })
  })
}

function timerTests(store: StoreAccess): void {
  describe("timers", () => {
    /** Timers on a ticket in each of two tenants; `now` is the epoch plus three hours. */
    async function timersAcrossTenants() {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const ticketA = makeTicket({ tenantId: a.tenant.id, requesterId: a.customer.id, number: 1 })
      const ticketB = makeTicket({ tenantId: b.tenant.id, requesterId: b.customer.id, number: 1 })
      const now = new Date(minutesAfterEpoch(180))
      const timers = {
        a1: makeTimer(ticketA, { dueAt: minutesAfterEpoch(0) }),
        b1: makeTimer(ticketB, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(60) }),
        a2: makeTimer(ticketA, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(120) }),
        // Due exactly now: due.
        b2: makeTimer(ticketB, { dueAt: now.toISOString() }),
        // A millisecond too late.
        a3: makeTimer(ticketA, { event: "REMIND", dueAt: new Date(now.getTime() + 1).toISOString() }),
      }
      await store().commit(creationOf(ticketA, { addTimers: [timers.a3, timers.a1, timers.a2] }))
      await store().commit(creationOf(ticketB, { addTimers: [timers.b2, timers.b1] }))
      return { a, b, ticketA, ticketB, now, timers }
    }

    it("lists the timers due at now across tenants, oldest first", async () => {
      const { now, timers: t } = await timersAcrossTenants()
      expect(await store().dueTimers(now, 10)).toEqual([t.a1, t.b1, t.a2, t.b2])
      expect(await store().dueTimers(new Date(minutesAfterEpoch(-1)), 10)).toEqual([])
    })

    it("respects the limit, oldest first", async () => {
      const { now, timers: t } = await timersAcrossTenants()
      expect(await store().dueTimers(now, 2)).toEqual([t.a1, t.b1])
      expect(await store().dueTimers(now, 1)).toEqual([t.a1])
    })

    it("drops a timer; dropping an unknown one is harmless", async () => {
      const { a, ticketA, now, timers: t } = await timersAcrossTenants()
      await store().dropTimer(t.a1.id)
      await store().dropTimer(t.a1.id)
      await store().dropTimer(makeTimer(ticketA).id)
      expect(await store().dueTimers(now, 10)).toEqual([t.b1, t.a2, t.b2])
      expect(byId(await store().listTimers(a.tenant.id, ticketA.id))).toEqual(byId([t.a2, t.a3]))
    })

    it("lists a ticket's pending timers within its tenant", async () => {
      const { a, b, ticketA, ticketB, timers: t } = await timersAcrossTenants()
      expect(byId(await store().listTimers(a.tenant.id, ticketA.id))).toEqual(byId([t.a1, t.a2, t.a3]))
      expect(byId(await store().listTimers(b.tenant.id, ticketB.id))).toEqual(byId([t.b1, t.b2]))
      expect(await store().listTimers(b.tenant.id, ticketA.id)).toEqual([])
    })
  })
}
