import { Effect } from "effect"
import { ValidationFailed } from "../../errors.ts"
import type { ConfigEntities, ConfigKind } from "../../ports/ticket-store.ts"
import { readStore } from "../services.ts"

/** The ids of the tenant's organisations. */
const organisationIdsOf = Effect.fnUntraced(function* (tenantId: string) {
  const organisations = yield* readStore((s) => s.listConfig(tenantId, "organisation"))
  return new Set(organisations.map((organisation) => organisation.id))
})

/** Checks that what an entity references exists, so a bad key fails now rather than at ticket time. */
export const checkReferences = Effect.fnUntraced(function* (tenantId: string, kind: ConfigKind, entity: ConfigEntities[ConfigKind]) {
  const missingAt = (path: ReadonlyArray<string | number>, message: string) => new ValidationFailed({ message, issues: [{ path: [...path], message }] })
  const missing = (path: string, message: string) => missingAt([path], message)
  if (kind === "slaPolicy") {
    const policy = entity as ConfigEntities["slaPolicy"]
    if ((yield* readStore((s) => s.getConfig(tenantId, "priority", policy.priorityKey))) === null) {
      return yield* missing("priorityKey", `No priority ${policy.priorityKey}`)
    }
    if (policy.calendarKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "calendar", policy.calendarKey ?? ""))) === null) {
      return yield* missing("calendarKey", `No calendar ${policy.calendarKey}`)
    }
  }
  if (kind === "catalogItem") {
    const item = entity as ConfigEntities["catalogItem"]
    if (item.parentKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "catalogItem", item.parentKey ?? ""))) === null) {
      return yield* missing("parentKey", `No catalog item ${item.parentKey}`)
    }
  }
  if (kind === "slaPolicy") {
    const policy = entity as ConfigEntities["slaPolicy"]
    if (policy.typeKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "ticketType", policy.typeKey ?? ""))) === null) {
      return yield* missing("typeKey", `No ticket type ${policy.typeKey}`)
    }
    if (policy.departmentKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "department", policy.departmentKey ?? ""))) === null) {
      return yield* missing("departmentKey", `No department ${policy.departmentKey}`)
    }
    if (policy.organisationId !== null && !(yield* organisationIdsOf(tenantId)).has(policy.organisationId)) {
      return yield* missing("organisationId", `No organisation ${policy.organisationId}`)
    }
  }
  if (kind === "catalogItem") {
    const offered = (entity as ConfigEntities["catalogItem"]).organisationIds ?? []
    const known = offered.length === 0 ? new Set<string>() : yield* organisationIdsOf(tenantId)
    const index = offered.findIndex((id) => !known.has(id))
    if (index >= 0) return yield* missingAt(["organisationIds", index], `No organisation ${offered[index]}`)
  }
  if (kind === "department") {
    const memberIds = (entity as ConfigEntities["department"]).memberIds
    for (const [index, userId] of memberIds.entries()) {
      const user = yield* readStore((s) => s.getUser(tenantId, userId))
      if (user === null) return yield* missingAt(["memberIds", index], `No user ${userId}`)
      if (user.kind === "customer") return yield* missingAt(["memberIds", index], `${userId} is a customer: departments are of the team`)
    }
  }
  if (kind === "organisation") {
    const organisation = entity as ConfigEntities["organisation"]
    const all = yield* readStore((s) => s.listConfig(tenantId, "organisation"))
    if (all.some((other) => other.id === organisation.id && other.key !== organisation.key)) {
      return yield* missing("id", `The id ${organisation.id} belongs to another organisation`)
    }
  }
  if (kind === "department" || kind === "ticketType") {
    const bound = (entity as ConfigEntities["department"] | ConfigEntities["ticketType"]).workflowKey
    if (bound !== null && (yield* readStore((s) => s.getWorkflow(tenantId, bound))) === null) {
      return yield* missing("workflowKey", `No workflow ${bound}`)
    }
  }
})
