/**
 * @module
 * Seed 000, a Vietnamese SME portal's "Quản lý phiếu hỗ trợ": the customer picks the service
 * the request is about, edits the ticket while it is "Chưa xử lý", talks with the provider in
 * a reply thread, and closes it with "Đóng ticket", which marks it "Đã xử lý".
 */
import { WorkflowDefinition, type Actor, type Engine } from "@ticketflow/core"
import { addUser, createPortalTenant } from "./portal-tenant.ts"

/** The three statuses of the guide; the customer's "Đóng ticket" leads to "Đã xử lý". */
export const smeViWorkflow: WorkflowDefinition = WorkflowDefinition.parse({
  key: "sme-support",
  name: "SME support tickets",
  labels: { vi: "Phiếu hỗ trợ" },
  initial: "unprocessed",
  // The pencil icon is offered only while the ticket is "Chưa xử lý".
  descriptionLock: "on_leaving_new",
  statuses: [
    { key: "unprocessed", category: "new", name: "Not processed", labels: { vi: "Chưa xử lý" }, color: "#1677ff" },
    { key: "processing", category: "open", name: "Processing", labels: { vi: "Đang xử lý" }, color: "#fa8c16" },
    { key: "processed", category: "closed", name: "Processed", labels: { vi: "Đã xử lý" }, color: "#52c41a" },
  ],
  transitions: [
    {
      event: "START",
      from: ["unprocessed"],
      to: "processing",
      actors: ["agent"],
      assignActor: true,
      name: "Start processing",
      labels: { vi: "Tiếp nhận xử lý" },
    },
    {
      event: "RESOLVE",
      from: ["processing"],
      to: "processed",
      actors: ["agent"],
      comment: "optional",
      resolution: "resolved",
      name: "Mark processed",
      labels: { vi: "Hoàn tất xử lý" },
    },
    {
      // Handled or no longer needed: either way the customer closes it and it reads "Đã xử lý".
      event: "CLOSE",
      from: "*",
      to: "processed",
      actors: ["requester_side"],
      comment: "optional",
      resolution: "closed_by_customer",
      name: "Close ticket",
      labels: { vi: "Đóng ticket" },
    },
  ],
})

/** The services a customer picks from ("Chọn dịch vụ cần hỗ trợ"): catalog items of kind `service`. */
export const smeViServices = [
  { key: "e-invoice", name: "E-invoice", labels: { vi: "Hóa đơn điện tử" } },
  { key: "digital-signature", name: "Digital signature", labels: { vi: "Chữ ký số" } },
  { key: "social-insurance", name: "Social insurance filing", labels: { vi: "Bảo hiểm xã hội điện tử" } },
] as const

/** Who works the SME portal's tickets. */
export interface SmeViActors {
  readonly tenantId: string
  readonly admin: Actor
  /** The provider's support agent. */
  readonly agent: Actor
  /** A user of the customer company Minh Phát. */
  readonly customer: Actor
}

/** Installs the SME portal: its workflow, its services, a customer company and its people. */
export async function setupSmeVi(engine: Engine, options: { tenantKey?: string } = {}): Promise<SmeViActors> {
  const { tenantId, admin } = await createPortalTenant(engine, {
    key: options.tenantKey ?? "sme-portal",
    name: "Cổng hỗ trợ doanh nghiệp SME",
    // "Chọn dịch vụ cần hỗ trợ" is a required field of the guide's form.
    settings: { timeZone: "Asia/Ho_Chi_Minh", requiredFields: ["catalog:service"] },
    workflow: smeViWorkflow,
    admin: { email: "admin@sme.test", name: "Quản trị viên", locale: "vi" },
  })
  for (const service of smeViServices) await engine.putConfig(admin, "catalogItem", { ...service, kind: "service" })
  await engine.putConfig(admin, "department", { key: "customer-care", name: "Customer care", labels: { vi: "Chăm sóc khách hàng" } })
  await engine.putConfig(admin, "organisation", { key: "minh-phat", name: "Công ty TNHH Minh Phát" })
  const agent = await addUser(engine, admin, {
    email: "an.nguyen@sme.test",
    name: "Nguyễn Văn An",
    kind: "agent",
    locale: "vi",
    departmentKeys: ["customer-care"],
  })
  const customer = await addUser(engine, admin, {
    email: "binh.tran@minhphat.test",
    name: "Trần Thị Bình",
    kind: "customer",
    locale: "vi",
    organisationKey: "minh-phat",
  })
  return { tenantId, admin, agent, customer }
}
