import { installDemo, demoUsers } from "@ticketflow/core/demo"
import type { AuthStore, Engine } from "@ticketflow/core"
import { hashPassword, setPassword } from "@ticketflow/hono"
import type { Logger } from "pino"
import type { QuickstartConfig } from "./config.ts"
import type { Runtime } from "./runtime.ts"

/** The password of every demo user (DESIGN "Quickstart and demo data"). */
export const demoPassword = "demo-password"

/** Installs the demo tenant and gives every demo user the demo password; returns the tenant's id. */
export async function installDemoTenant(engine: Engine, auth: AuthStore, logger: Logger): Promise<string> {
  // The demo users share one published password: one hash (with its salt) serves them all,
  // computed on the thread pool while the demo is installed.
  const hashing = hashPassword(demoPassword)
  const demo = await installDemo(engine)
  const users = await engine.hostListUsers(demo.tenantId)
  const hash = await hashing
  await Promise.all(users.map((user) => auth.setPasswordHash(demo.tenantId, user.id, hash)))
  logger.info({ users: demoUsers.map((u) => u.email), password: demoPassword }, "installed the demo tenant")
  return demo.tenantId
}

/**
 * The tenant this single-tenant server serves: the existing one, or on an empty database the
 * demo tenant with its users (unless `--no-demo`), else an empty tenant with the admin of
 * `TICKETFLOW_ADMIN_EMAIL` / `TICKETFLOW_ADMIN_PASSWORD`.
 */
export async function ensureTenant(runtime: Runtime, config: QuickstartConfig, logger: Logger): Promise<string> {
  const existing = await runtime.engine.listTenants()
  const first = existing[0]
  if (first !== undefined) return first.id
  if (config.demo) return installDemoTenant(runtime.engine, runtime.auth, logger)
  const tenant = await runtime.engine.createTenant({ key: "default", name: "Support" })
  if (config.admin !== null) {
    const admin = await runtime.engine.syncUser(tenant.id, { email: config.admin.email, name: "Administrator", kind: "admin" })
    await setPassword(runtime.auth, tenant.id, admin.id, config.admin.password)
    logger.info({ email: admin.email }, "created the first admin")
  } else {
    logger.warn("empty tenant without an admin: set TICKETFLOW_ADMIN_EMAIL and TICKETFLOW_ADMIN_PASSWORD")
  }
  return tenant.id
}
