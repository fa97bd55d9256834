import { describe, expect, it } from "vitest"
import { ticketPermissions } from "../policy/permissions.ts"
import { makeAttachment, makeEvent, makeMessage, makeTicket, makeUser } from "../testing/fixtures/index.ts"
import { toAttachmentView } from "./attachment.ts"
import { toConfigView } from "./config.ts"
import { EventView, toEventView } from "./event.ts"
import { MessageView, toMessageView } from "./message.ts"
import { TicketDetailView, TicketView, toTicketDetailView, toTicketView } from "./ticket.ts"
import { MeView, toMeView, toUserView } from "./user.ts"

const tenantId = "tenant-1"
const ticket = makeTicket({ tenantId, requesterId: "bob", number: 7 })

describe("views on the wire", () => {
  it("show a ticket without its bookkeeping, and parse as their schema", () => {
    const view = toTicketView(ticket)
    for (const field of ["tenantId", "statusVersion", "previousStatus"]) expect(view).not.toHaveProperty(field)
    expect(view).toMatchObject({ id: ticket.id, number: 7, version: ticket.version, status: ticket.status, sla: ticket.sla })
    expect(TicketView.strict().parse(view)).toEqual(view)
  })

  it("name the fields an actor may change in the update body's words", () => {
    const team = toTicketDetailView(ticket, ticketPermissions(["agent"], ticket))
    expect(team.editableFields).toEqual(["subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds", "type", "priority", "department", "assigneeId", "dueAt"])
    expect(TicketDetailView.strict().parse(team)).toEqual(team)
    const requester = toTicketDetailView(ticket, ticketPermissions(["requester_side"], { ...ticket, descriptionLocked: false }))
    expect(requester.editableFields).toEqual(["subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds"])
  })

  it("name the messages an actor may post now: the team both, the requester side public replies until closed", () => {
    expect(toTicketDetailView(ticket, ticketPermissions(["agent"], ticket)).messageVisibilities).toEqual(["public", "internal"])
    const open = { ...ticket, statusCategory: "open" as const }
    expect(toTicketDetailView(open, ticketPermissions(["requester_side"], open)).messageVisibilities).toEqual(["public"])
    const closed = { ...ticket, statusCategory: "closed" as const }
    expect(toTicketDetailView(closed, ticketPermissions(["requester_side"], closed)).messageVisibilities).toEqual([])
    expect(toTicketDetailView(closed, ticketPermissions(["agent"], closed)).messageVisibilities).toEqual(["public", "internal"])
  })

  it("show messages with their rendered body and only their own files, without tenantId", () => {
    const file = makeAttachment(tenantId, "bob", { id: "file-1" })
    const other = makeAttachment(tenantId, "bob", { id: "file-2" })
    const message = makeMessage(ticket, { attachmentIds: ["file-1", "gone"] })
    const view = toMessageView(message, "<p>hi</p>", [other, file])
    expect(view).not.toHaveProperty("tenantId")
    expect(view.bodyHtml).toBe("<p>hi</p>")
    expect(view.attachments).toEqual([toAttachmentView(file)])
    expect(view.attachments[0]).not.toHaveProperty("tenantId")
    expect(MessageView.strict().parse(view)).toEqual(view)
  })

  it("keep the ticket's bookkeeping out of an event's changes", () => {
    const event = makeEvent(ticket, { changes: { status: "open", statusVersion: 3, previousStatus: "new", tenantId } })
    const view = toEventView(event)
    expect(view).not.toHaveProperty("tenantId")
    expect(view.changes).toEqual({ status: "open" })
    expect(EventView.strict().parse(view)).toEqual(view)
  })

  it("show users, the actor and organisations without tenant ids", () => {
    const user = makeUser(tenantId, { id: "bob" })
    expect(toUserView(user)).not.toHaveProperty("tenantId")
    const me = toMeView({ user, departmentKeys: ["support"], tenant: { id: tenantId, key: "acme", name: "Acme", settings: { agentsSeeAllTickets: false, defaultWorkflowKey: "default", timeZone: "UTC", requiredFields: [] } } })
    expect(me.tenant).toEqual({ key: "acme", name: "Acme", settings: { agentsSeeAllTickets: false, defaultWorkflowKey: "default", timeZone: "UTC", requiredFields: [] } })
    expect(MeView.parse(me)).toEqual(me)
    const organisation = toConfigView("organisation", { id: "org-1", tenantId, key: "acme", name: "Acme", labels: {} })
    expect(organisation).toEqual({ id: "org-1", key: "acme", name: "Acme", labels: {} })
  })
})
