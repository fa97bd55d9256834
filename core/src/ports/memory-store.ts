import type { Attachment } from "../domain/attachment.ts"
import type { TicketEvent } from "../domain/event.ts"
import type { Message } from "../domain/message.ts"
import type { StatusCategory, Ticket, TicketRef } from "../domain/ticket.ts"
import type { Tenant } from "../domain/tenant.ts"
import type { User } from "../domain/user.ts"
import { Conflict, VersionConflict } from "../errors.ts"
import type { WorkflowDefinition } from "../workflow/definition.ts"
import { compareSortKeys, decodeCursor, encodeCursor, sortKeyOf } from "./ticket-order.ts"
import { isVisible } from "../policy/visibility.ts"
import { matchesFilter, parseSearch } from "./ticket-match.ts"
import type {
  ConfigEntities,
  ConfigKind,
  IdempotencyRecord,
  StoreTicketQuery,
  TicketChange,
  TicketCounts,
  TicketPage,
  TicketStore,
  Timer,
} from "./ticket-store.ts"

interface TenantData {
  tenant: Tenant
  users: Map<string, User>
  config: { [K in ConfigKind]: Map<string, ConfigEntities[K]> }
  workflows: Map<string, WorkflowDefinition[]>
  tickets: Map<string, Ticket>
  ticketsByNumber: Map<number, string>
  lastNumber: number
  messages: Map<string, Message[]>
  events: Map<string, TicketEvent[]>
  attachments: Map<string, Attachment>
  idempotency: Map<string, IdempotencyRecord>
}

/**
 * A `TicketStore` in process memory: the default for tests and small embeddings. Commits are
 * atomic because they run synchronously between awaits. Stored objects are shared, not copied:
 * the engine never mutates what it reads.
 */
export function createMemoryStore(): TicketStore {
  const tenants = new Map<string, TenantData>()
  const timers = new Map<string, Timer>()

  const data = (tenantId: string): TenantData | undefined => tenants.get(tenantId)
  const requireData = (tenantId: string): TenantData => {
    const found = tenants.get(tenantId)
    if (found === undefined) throw new Error(`Unknown tenant ${tenantId}`)
    return found
  }

  const ranksOf = (tenant: TenantData) =>
    new Map([...tenant.config.priority.values()].map((p) => [p.key, p.rank] as const))

  const searchable = (tenant: TenantData, ticket: Ticket, includeInternal: boolean): string => {
    const bodies = (tenant.messages.get(ticket.id) ?? [])
      .filter((m) => includeInternal || m.visibility === "public")
      .map((m) => m.body)
    return [ticket.subject, ticket.description, ...bodies].join("\n").toLocaleLowerCase()
  }

  const matching = (tenant: TenantData, query: Omit<StoreTicketQuery, "sort" | "limit" | "cursor">): Ticket[] => {
    const search = query.filter.q === undefined || query.filter.q.trim() === "" ? null : parseSearch(query.filter.q)
    const result: Ticket[] = []
    for (const ticket of tenant.tickets.values()) {
      if (!isVisible(ticket, query.visibility) || !matchesFilter(ticket, query.filter)) continue
      if (search !== null && ticket.number !== search.number) {
        const text = searchable(tenant, ticket, query.searchInternal)
        if (!search.words.every((word) => text.includes(word))) continue
      }
      result.push(ticket)
    }
    return result
  }

  return {
    async getTenant(tenantId) {
      return data(tenantId)?.tenant ?? null
    },
    async listTenants() {
      return [...tenants.values()].map((t) => t.tenant)
    },
    async putTenant(tenant) {
      const existing = data(tenant.id)
      if (existing !== undefined) {
        existing.tenant = tenant
        return
      }
      tenants.set(tenant.id, {
        tenant,
        users: new Map(),
        config: {
          department: new Map(),
          ticketType: new Map(),
          priority: new Map(),
          catalogItem: new Map(),
          organisation: new Map(),
          calendar: new Map(),
          slaPolicy: new Map(),
        },
        workflows: new Map(),
        tickets: new Map(),
        ticketsByNumber: new Map(),
        lastNumber: 0,
        messages: new Map(),
        events: new Map(),
        attachments: new Map(),
        idempotency: new Map(),
      })
    },

    async getUser(tenantId, userId) {
      return data(tenantId)?.users.get(userId) ?? null
    },
    async findUser(tenantId, by) {
      const users = data(tenantId)?.users.values() ?? []
      for (const user of users) {
        if ("email" in by ? user.email.toLowerCase() === by.email.toLowerCase() : user.externalId === by.externalId) {
          return user
        }
      }
      return null
    },
    async listUsers(tenantId) {
      return [...(data(tenantId)?.users.values() ?? [])]
    },
    async putUser(user) {
      const tenant = requireData(user.tenantId)
      for (const other of tenant.users.values()) {
        if (other.id === user.id) continue
        if (other.email.toLowerCase() === user.email.toLowerCase()) {
          throw new Conflict({ message: `The email ${user.email} is taken`, reason: "duplicate_key" })
        }
        if (user.externalId !== null && other.externalId === user.externalId) {
          throw new Conflict({ message: `The external id ${user.externalId} is taken`, reason: "duplicate_key" })
        }
      }
      tenant.users.set(user.id, user)
    },
    async loadActor(tenantId, userId) {
      const tenant = data(tenantId)
      const user = tenant?.users.get(userId)
      if (tenant === undefined || user === undefined) return null
      const departmentKeys = [...tenant.config.department.values()]
        .filter((d) => d.memberIds.includes(userId))
        .map((d) => d.key)
      return { user, departmentKeys, tenant: tenant.tenant }
    },

    async getConfig(tenantId, kind, key) {
      return data(tenantId)?.config[kind].get(key) ?? null
    },
    async listConfig(tenantId, kind) {
      return [...(data(tenantId)?.config[kind].values() ?? [])]
    },
    async putConfig(tenantId, kind, entity, options) {
      const map = requireData(tenantId).config[kind] as Map<string, typeof entity>
      if (options?.create === true && map.has(entity.key)) {
        throw new Conflict({ message: `A ${kind} with key ${entity.key} exists`, reason: "duplicate_key" })
      }
      map.set(entity.key, entity)
    },
    async deleteConfig(tenantId, kind, key) {
      return data(tenantId)?.config[kind].delete(key) ?? false
    },

    async getWorkflow(tenantId, key, version) {
      const versions = data(tenantId)?.workflows.get(key)
      if (versions === undefined || versions.length === 0) return null
      if (version === undefined) return versions[versions.length - 1] ?? null
      return versions.find((w) => w.version === version) ?? null
    },
    async listWorkflows(tenantId) {
      const all = data(tenantId)?.workflows.values() ?? []
      return [...all].flatMap((versions) => versions.slice(-1))
    },
    async putWorkflow(tenantId, definition) {
      const tenant = requireData(tenantId)
      const versions = tenant.workflows.get(definition.key) ?? []
      if (versions.some((w) => w.version === definition.version)) {
        throw new Conflict({
          message: `Workflow ${definition.key} already has a version ${definition.version}`,
          reason: "duplicate_key",
        })
      }
      tenant.workflows.set(
        definition.key,
        [...versions, definition].sort((a, b) => a.version - b.version),
      )
    },

    async getTicket(tenantId, ref: TicketRef) {
      const tenant = data(tenantId)
      if (tenant === undefined) return null
      const id = "id" in ref ? ref.id : tenant.ticketsByNumber.get(ref.number)
      return id === undefined ? null : (tenant.tickets.get(id) ?? null)
    },
    async nextTicketNumber(tenantId) {
      const tenant = requireData(tenantId)
      tenant.lastNumber += 1
      return tenant.lastNumber
    },
    async commit(change: TicketChange) {
      const tenant = requireData(change.tenantId)
      const current = tenant.tickets.get(change.ticket.id)
      if (change.expectedVersion === null ? current !== undefined : current?.version !== change.expectedVersion) {
        throw new VersionConflict({
          message: `Ticket ${change.ticket.id} is at version ${current?.version ?? "none"}, not ${change.expectedVersion ?? "none"}`,
          ticketId: change.ticket.id,
          expected: change.expectedVersion ?? 0,
          actual: current?.version ?? null,
        })
      }
      if (change.idempotency !== undefined) {
        const { actorId, scope, key } = change.idempotency
        const idempotencyKey = `${actorId}\u0000${scope}\u0000${key}`
        if (tenant.idempotency.has(idempotencyKey)) {
          throw new Conflict({ message: `Idempotency key ${key} was used already`, reason: "idempotency_key_reused" })
        }
        tenant.idempotency.set(idempotencyKey, change.idempotency)
      }
      const ticket = change.ticket
      tenant.tickets.set(ticket.id, ticket)
      tenant.ticketsByNumber.set(ticket.number, ticket.id)
      const messages = tenant.messages.get(ticket.id) ?? []
      for (const edited of change.editedMessages) {
        const index = messages.findIndex((m) => m.id === edited.id)
        if (index >= 0) messages[index] = edited
      }
      messages.push(...change.newMessages)
      tenant.messages.set(ticket.id, messages)
      const events = tenant.events.get(ticket.id) ?? []
      events.push(...change.events)
      tenant.events.set(ticket.id, events)
      for (const link of change.linkedAttachments) {
        const attachment = tenant.attachments.get(link.attachmentId)
        if (attachment !== undefined) {
          tenant.attachments.set(link.attachmentId, { ...attachment, ticketId: ticket.id, messageId: link.messageId })
        }
      }
      if (change.cancelTimers.length > 0) {
        for (const [id, timer] of timers) {
          if (timer.ticketId === ticket.id && change.cancelTimers.includes(timer.kind)) timers.delete(id)
        }
      }
      if (change.completedTimerId !== undefined) timers.delete(change.completedTimerId)
      for (const timer of change.addTimers) timers.set(timer.id, timer)
    },
    async findIdempotency(tenantId, actorId, scope, key) {
      return data(tenantId)?.idempotency.get(`${actorId}\u0000${scope}\u0000${key}`) ?? null
    },

    async putAttachment(attachment) {
      requireData(attachment.tenantId).attachments.set(attachment.id, attachment)
    },
    async getAttachments(tenantId, ids) {
      const tenant = data(tenantId)
      if (tenant === undefined) return []
      return ids.flatMap((id) => {
        const found = tenant.attachments.get(id)
        return found === undefined ? [] : [found]
      })
    },
    async unlinkedAttachments(before, limit) {
      const cutoff = before.getTime()
      return [...tenants.values()]
        .flatMap((tenant) => [...tenant.attachments.values()])
        .filter((a) => a.ticketId === null && a.messageId === null && Date.parse(a.createdAt) < cutoff)
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
        .slice(0, limit)
    },
    async deleteUnlinkedAttachments(tenantId, ids) {
      const tenant = data(tenantId)
      if (tenant === undefined) return []
      return [...new Set(ids)].filter((id) => {
        const found = tenant.attachments.get(id)
        if (found === undefined || found.ticketId !== null || found.messageId !== null) return false
        return tenant.attachments.delete(id)
      })
    },

    async listTickets(query): Promise<TicketPage> {
      const tenant = data(query.tenantId)
      if (tenant === undefined) return { items: [], nextCursor: null }
      const ranks = ranksOf(tenant)
      const after = query.cursor === null ? null : decodeCursor(query.cursor, query.sort)
      const keyed = matching(tenant, query)
        .map((ticket) => ({ ticket, key: sortKeyOf(ticket, query.sort, ranks) }))
        .filter((entry) => after === null || compareSortKeys(entry.key, after, query.sort.direction) > 0)
        .sort((a, b) => compareSortKeys(a.key, b.key, query.sort.direction))
      const page = keyed.slice(0, query.limit)
      const lastEntry = page[page.length - 1]
      return {
        items: page.map((entry) => entry.ticket),
        nextCursor: keyed.length > query.limit && lastEntry !== undefined ? encodeCursor(query.sort, lastEntry.key) : null,
      }
    },
    async countTickets(query): Promise<TicketCounts> {
      const tenant = data(query.tenantId)
      const byStatus: Record<string, number> = {}
      const byCategory: Record<StatusCategory, number> = { new: 0, open: 0, pending: 0, closed: 0 }
      const tickets = tenant === undefined ? [] : matching(tenant, query)
      for (const ticket of tickets) {
        byStatus[ticket.status] = (byStatus[ticket.status] ?? 0) + 1
        byCategory[ticket.statusCategory] += 1
      }
      return { total: tickets.length, byStatus, byCategory }
    },
    async getMessage(tenantId, messageId) {
      for (const messages of data(tenantId)?.messages.values() ?? []) {
        const found = messages.find((m) => m.id === messageId)
        if (found !== undefined) return found
      }
      return null
    },
    async listMessages(tenantId, ticketId, options) {
      // By time; the sort is stable, so messages of one instant keep the order they were committed in.
      const messages = (data(tenantId)?.messages.get(ticketId) ?? [])
        .filter((m) => options.includeInternal || m.visibility === "public")
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
      return options.order === "asc" ? messages : messages.reverse()
    },
    async listEvents(tenantId, ticketId, options) {
      return (data(tenantId)?.events.get(ticketId) ?? [])
        .filter((e) => options.includeInternal || e.visibility === "public")
        .sort((a, b) => a.version - b.version || a.seq - b.seq)
    },

    async dueTimers(now, limit) {
      const at = now.toISOString()
      return [...timers.values()]
        .filter((t) => t.dueAt <= at)
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))
        .slice(0, limit)
    },
    async dropTimer(timerId) {
      timers.delete(timerId)
    },
    async listTimers(tenantId, ticketId) {
      return [...timers.values()].filter((t) => t.tenantId === tenantId && t.ticketId === ticketId)
    },
  }
}
