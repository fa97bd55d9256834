import type { Actor, CreateTenantInput, Engine, UpsertUserInput, WorkflowDefinition } from "@ticketflow/core"

/** What a seed portal's tenant starts with: its settings, its workflow and its first admin. */
export interface PortalTenantInput {
  readonly key: string
  readonly name: string
  /** Tenant settings; `defaultWorkflowKey` is taken from `workflow`. */
  readonly settings?: Omit<NonNullable<CreateTenantInput["settings"]>, "defaultWorkflowKey">
  readonly workflow: WorkflowDefinition
  readonly admin: { readonly email: string; readonly name: string; readonly locale?: string }
}

/** A freshly created portal tenant: its id, its admin, and the published workflow. */
export interface PortalTenant {
  readonly tenantId: string
  readonly admin: Actor
  readonly workflow: WorkflowDefinition
}

/**
 * Creates a tenant whose new tickets run the seed's workflow: the tenant names it as its
 * default, then its first admin (a trusted host-side sync) publishes it.
 */
export async function createPortalTenant(engine: Engine, input: PortalTenantInput): Promise<PortalTenant> {
  const tenant = await engine.createTenant({
    key: input.key,
    name: input.name,
    settings: { ...input.settings, defaultWorkflowKey: input.workflow.key },
  })
  const user = await engine.syncUser(tenant.id, { ...input.admin, kind: "admin" })
  const admin: Actor = { tenantId: tenant.id, userId: user.id }
  const workflow = await engine.publishWorkflow(admin, input.workflow)
  return { tenantId: tenant.id, admin, workflow }
}

/** Creates a user through the admin API and returns them as an actor. */
export async function addUser(engine: Engine, admin: Actor, input: UpsertUserInput): Promise<Actor> {
  const user = await engine.upsertUser(admin, input)
  return { tenantId: admin.tenantId, userId: user.id }
}
