import { createEngine, createMemoryStore, manualClock, TicketLocked, validateWorkflow, ValidationFailed, type Actor, type Engine, type Ticket } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { setupSmeVi, smeViWorkflow } from "./000-sme-vi.ts"
import { uploadStubs } from "./upload-stub.ts"

const hour = 3_600_000

async function portal() {
  const clock = manualClock("2026-03-02T02:00:00.000Z")
  const engine = createEngine({ store: createMemoryStore(), clock })
  const actors = await setupSmeVi(engine)
  return { engine, clock, ...actors }
}

/** The status as the Vietnamese screen shows it. */
async function statusLabel(engine: Engine, actor: Actor, ticket: Ticket): Promise<string | undefined> {
  const workflow = await engine.getWorkflow(actor, ticket.workflowKey, ticket.workflowVersion)
  return workflow.statuses.find((s) => s.key === ticket.status)?.labels.vi
}

describe("seed 000: Quản lý phiếu hỗ trợ (Vietnamese SME portal)", () => {
  it("has a valid workflow", () => {
    const validation = validateWorkflow(smeViWorkflow)
    expect(validation.ok).toBe(true)
  })

  it("runs new tickets on the portal's workflow", async () => {
    const { engine, customer } = await portal()
    const ticket = await engine.createTicket(customer, { subject: "Không xuất được hóa đơn", catalog: { service: "e-invoice" } })
    expect(ticket.workflowKey).toBe("sme-support")
    expect(await statusLabel(engine, customer, ticket)).toBe("Chưa xử lý")
  })

  it("creates a ticket for a chosen service, with a file, and refuses a service that does not exist", async () => {
    const { engine, customer } = await portal()
    const services = await engine.listConfig(customer, "catalogItem")
    expect(services.map((s) => s.labels.vi).sort()).toEqual(["Bảo hiểm xã hội điện tử", "Chữ ký số", "Hóa đơn điện tử"])

    const files = await uploadStubs(engine, customer, [{ filename: "loi-xuat-hoa-don.png", contentType: "image/png" }])
    const ticket = await engine.createTicket(customer, {
      subject: "Không xuất được hóa đơn",
      description: "Khi bấm Phát hành, hệ thống báo lỗi 500.",
      catalog: { service: "e-invoice" },
      attachmentIds: files,
    })
    expect(ticket.number).toBe(1)
    expect(ticket.catalog).toEqual({ service: "e-invoice" })
    const [description] = await engine.listMessages(customer, { ticket: ticket.id })
    expect(description?.isDescription).toBe(true)
    expect(description?.attachmentIds).toEqual(files)

    await expect(
      engine.createTicket(customer, { subject: "Dịch vụ không tồn tại", catalog: { service: "web-hosting" } }),
    ).rejects.toBeInstanceOf(ValidationFailed)
  })

  it("refuses a ticket without a service, the form's required field", async () => {
    const { engine, customer } = await portal()
    await expect(engine.createTicket(customer, { subject: "Không có dịch vụ" })).rejects.toMatchObject({
      _tag: "ValidationFailed",
      issues: [{ path: ["catalog", "service"], message: "Required" }],
    })
  })

  it("lets the customer edit while Chưa xử lý, and locks the ticket once the team starts", async () => {
    const { engine, clock, customer, agent } = await portal()
    const ticket = await engine.createTicket(customer, {
      subject: "Chữ ký số hết hạn",
      description: "Cần gia hạn chứng thư số.",
      catalog: { service: "digital-signature" },
    })

    clock.advance(hour)
    const edited = await engine.updateTicket(customer, {
      ticket: ticket.id,
      subject: "Gia hạn chữ ký số",
      description: "Cần gia hạn chứng thư số trước ngày 15/3.",
      catalog: { service: "e-invoice" },
    })
    expect(edited.subject).toBe("Gia hạn chữ ký số")
    expect(edited.description).toBe("Cần gia hạn chứng thư số trước ngày 15/3.")
    expect(edited.catalog).toEqual({ service: "e-invoice" })
    const [description] = await engine.listMessages(customer, { ticket: ticket.id })
    expect(description?.body).toBe("Cần gia hạn chứng thư số trước ngày 15/3.")

    clock.advance(hour)
    const started = await engine.fireEvent(agent, { ticket: ticket.id, event: "START" })
    expect(await statusLabel(engine, customer, started)).toBe("Đang xử lý")
    expect(started.assigneeId).toBe(agent.userId)
    await expect(engine.updateTicket(customer, { ticket: ticket.id, description: "Thêm thông tin" })).rejects.toBeInstanceOf(TicketLocked)
    await expect(engine.updateTicket(customer, { ticket: ticket.id, subject: "Tiêu đề mới" })).rejects.toBeInstanceOf(TicketLocked)
  })

  it("walks the guide: create, reply thread with files, and the customer's own close to Đã xử lý", async () => {
    const { engine, clock, customer, agent } = await portal()
    const ticket = await engine.createTicket(customer, {
      subject: "Không nộp được hồ sơ BHXH",
      description: "Tờ khai D02 bị từ chối.",
      catalog: { service: "social-insurance" },
    })
    clock.advance(hour)
    await engine.fireEvent(agent, { ticket: ticket.id, event: "START" })

    clock.advance(hour)
    await engine.postMessage(agent, { ticket: ticket.id, body: "Anh/chị vui lòng gửi ảnh chụp thông báo lỗi." })
    clock.advance(hour)
    const screenshot = await uploadStubs(engine, customer, [{ filename: "thong-bao-loi.jpg", contentType: "image/jpeg" }])
    const reply = await engine.postMessage(customer, { ticket: ticket.id, body: "Ảnh chụp đây ạ.", attachmentIds: screenshot })
    expect(reply.message.attachmentIds).toEqual(screenshot)
    clock.advance(hour)
    await engine.postMessage(agent, { ticket: ticket.id, body: "Đã sửa mã đơn vị, anh/chị nộp lại giúp em." })

    // The replies of every party are listed on the ticket, oldest first.
    const thread = await engine.listMessages(customer, { ticket: ticket.id })
    expect(thread.map((m) => [m.authorId, m.body])).toEqual([
      [customer.userId, "Tờ khai D02 bị từ chối."],
      [agent.userId, "Anh/chị vui lòng gửi ảnh chụp thông báo lỗi."],
      [customer.userId, "Ảnh chụp đây ạ."],
      [agent.userId, "Đã sửa mã đơn vị, anh/chị nộp lại giúp em."],
    ])

    const buttons = await engine.allowedEvents(customer, ticket.id)
    expect(buttons.map((b) => [b.event, b.labels.vi])).toEqual([["CLOSE", "Đóng ticket"]])
    clock.advance(hour)
    const closed = await engine.fireEvent(customer, { ticket: ticket.id, event: "CLOSE" })
    expect(closed.status).toBe("processed")
    expect(await statusLabel(engine, customer, closed)).toBe("Đã xử lý")
    expect(closed.statusCategory).toBe("closed")
    expect(closed.resolution).toBe("closed_by_customer")
    expect(closed.closedAt).toBe(clock.now().toISOString())
    await expect(engine.postMessage(customer, { ticket: ticket.id, body: "Cảm ơn!" })).rejects.toBeInstanceOf(TicketLocked)
  })

  it("lets the customer close a ticket that is still Chưa xử lý, once no help is needed", async () => {
    const { engine, customer, agent } = await portal()
    const ticket = await engine.createTicket(customer, { subject: "Hỏi về bảng giá", catalog: { service: "e-invoice" } })
    const closed = await engine.fireEvent(customer, { ticket: ticket.id, event: "CLOSE" })
    expect(await statusLabel(engine, customer, closed)).toBe("Đã xử lý")
    // The team finishes its own work with RESOLVE; "Đóng ticket" is the customer's button.
    const other = await engine.createTicket(customer, { subject: "Đổi email nhận hóa đơn", catalog: { service: "e-invoice" } })
    await expect(engine.fireEvent(agent, { ticket: other.id, event: "CLOSE" })).rejects.toMatchObject({ _tag: "InvalidTransition" })
    await engine.fireEvent(agent, { ticket: other.id, event: "START" })
    const resolved = await engine.fireEvent(agent, { ticket: other.id, event: "RESOLVE", comment: "Đã cập nhật email." })
    expect(await statusLabel(engine, customer, resolved)).toBe("Đã xử lý")
    expect(resolved.resolution).toBe("resolved")
  })
})
