/**
 * @module
 * The five seed support portals as ticketflow configuration: each a workflow definition with
 * the portal's own status labels, and a `setup…(engine)` that installs a tenant running it.
 */
export { setupSmeVi, smeViServices, smeViWorkflow } from "./000-sme-vi.ts"
export type { SmeViActors } from "./000-sme-vi.ts"
export { icarosoftEsCatalog, icarosoftEsWorkflow, setupIcarosoftEs } from "./001-icarosoft-es.ts"
export type { IcarosoftEsActors } from "./001-icarosoft-es.ts"
export { partnerCenterItWorkflow, setupPartnerCenterIt } from "./002-partner-center-it.ts"
export type { PartnerCenterItActors } from "./002-partner-center-it.ts"
export { setupSupportClientFr, supportClientFrPriorities, supportClientFrTypes, supportClientFrWorkflow } from "./003-support-client-fr.ts"
export type { SupportClientFrActors } from "./003-support-client-fr.ts"
export { setupSiteSupportRu, siteKey, siteSupportRuCustomers, siteSupportRuWorkflow } from "./004-site-support-ru.ts"
export type { SiteSupportRuActors } from "./004-site-support-ru.ts"
export { addUser, createPortalTenant } from "./portal-tenant.ts"
export type { PortalTenant, PortalTenantInput } from "./portal-tenant.ts"
export { uploadStub, uploadStubs } from "./upload-stub.ts"
export type { StubFile } from "./upload-stub.ts"
