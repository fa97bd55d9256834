import type { IdempotencyRecord, TicketStore } from "../../ports/ticket-store.ts"
import { expect } from "../runner.ts"

/** The items sorted by id: for lists whose order the port leaves open. */
export const byId = <T extends { readonly id: string }>(items: ReadonlyArray<T>): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
/** The items sorted by key: for lists whose order the port leaves open. */
export const byKey = <T extends { readonly key: string }>(items: ReadonlyArray<T>): T[] =>
  [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))

/** Awaits a rejection that is an instance of `type` carrying `fields`. */
export async function rejectsWith(attempt: Promise<unknown>, type: abstract new (...args: never[]) => unknown, fields: object): Promise<void> {
  await expect(attempt).rejects.toBeInstanceOf(type)
  await expect(attempt).rejects.toMatchObject(fields)
}

/** Everything a commit to this ticket could have written, to compare before and after a refused one. */
export async function writtenFor(
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
