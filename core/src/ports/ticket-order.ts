import type { Ticket } from "../domain/ticket.ts"
import type { TicketSort } from "./ticket-store.ts"

/** A ticket's position in a sorted list: the sort value (nulls mapped to sort last), then the id. */
export type SortKey = readonly [value: number, id: string]

const last = Number.MAX_SAFE_INTEGER

/** The sort key of a ticket; `ranks` maps priority keys to their rank. */
export function sortKeyOf(ticket: Ticket, sort: TicketSort, ranks: ReadonlyMap<string, number>): SortKey {
  const nullValue = sort.direction === "asc" ? last : -last
  const value = (() => {
    switch (sort.field) {
      case "createdAt":
        return Date.parse(ticket.createdAt)
      case "updatedAt":
        return Date.parse(ticket.updatedAt)
      case "number":
        return ticket.number
      case "dueAt":
        return ticket.dueAt === null ? nullValue : Date.parse(ticket.dueAt)
      case "priority": {
        const rank = ticket.priorityKey === null ? undefined : ranks.get(ticket.priorityKey)
        return rank ?? nullValue
      }
    }
  })()
  return [value, ticket.id]
}

/** Compares two sort keys in the list's direction. */
export function compareSortKeys(a: SortKey, b: SortKey, direction: TicketSort["direction"]): number {
  const order = a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)
  return direction === "asc" ? order : -order
}

/** Encodes a list position as an opaque cursor. */
export function encodeCursor(sort: TicketSort, key: SortKey): string {
  return Buffer.from(JSON.stringify([sort.field, sort.direction, key[0], key[1]])).toString("base64url")
}

/** Decodes a cursor made by `encodeCursor` for the same sort; null when it is malformed or for another sort. */
export function decodeCursor(cursor: string, sort: TicketSort): SortKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    if (!Array.isArray(parsed) || parsed.length !== 4) return null
    const [field, direction, value, id] = parsed as unknown[]
    if (field !== sort.field || direction !== sort.direction) return null
    if (typeof value !== "number" || !Number.isFinite(value) || typeof id !== "string") return null
    return [value, id]
  } catch {
    return null
  }
}
