import {
  createEngine,
  createMemoryAttachmentStore,
  createMemoryAuthStore,
  createMemoryEventFeed,
  createMemoryStore,
  type Actor,
  type AttachmentStore,
  type AuthStore,
  type Clock,
  type Engine,
  type TicketEventFeed,
} from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { demoUsers, installDemo, type DemoActors } from "@ticketflow/core/demo"
import { createTicketflowApi, type TicketflowApi } from "../app.ts"
import { setPassword } from "../auth/set-password.ts"
import type { ApiLimits, TicketflowApiOptions } from "../options.ts"

/** The demo password of every demo user (DESIGN "Quickstart and demo data"). */
export const demoPassword = "demo-password"

/** A cheap scrypt cost: tests log in hundreds of times. */
export const testPasswordCost = 4

/** The demo roles, and nobody. */
export const roles = ["admin", "agent", "billing", "alice", "bob", "carol", "anonymous"] as const
/** A demo role, or nobody. */
export type Role = (typeof roles)[number]

const emails: Record<Exclude<Role, "anonymous">, string> = {
  admin: "admin@demo.test",
  agent: "agent@demo.test",
  billing: "billing@demo.test",
  alice: "alice@acme.test",
  bob: "bob@acme.test",
  carol: "carol@globex.test",
}

/** An API over in-memory stores with the demo tenant, a second tenant, and helpers to call it. */
export interface World {
  readonly app: TicketflowApi
  readonly engine: Engine
  /** The store under the engine, for tests that check or break what it holds. */
  readonly store: TicketStore
  readonly authStore: AuthStore
  readonly attachments: AttachmentStore
  readonly feed: TicketEventFeed
  readonly demo: DemoActors
  readonly other: DemoActors
  /** Logs a role in (once) and returns its bearer token; null for anonymous. */
  token(role: Role): Promise<string | null>
  /** Calls the API as a role, with a JSON body when given one. */
  call(role: Role, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  /** Uploads a file as a role. */
  upload(role: Role, filename: string, bytes: Uint8Array | string, contentType?: string): Promise<Response>
  /** The actor of a role. */
  actor(role: Exclude<Role, "anonymous">): Actor
  /** Everything the demo tenant holds, as the admin sees it: equal before and after a rejected request. */
  fingerprint(): Promise<string>
}

/** What a world may change of the API's options. */
export interface WorldOptions {
  readonly limits?: ApiLimits
  readonly clock?: Clock
  readonly api?: Partial<TicketflowApiOptions>
  /** Wraps the feed the API subscribes to (the engine publishes to the inner one). */
  readonly wrapFeed?: (feed: TicketEventFeed) => TicketEventFeed
  /** The store (in memory when absent), e.g. a kysely store on PGlite to see what Postgres refuses. */
  readonly store?: TicketStore
  /** The auth store (in memory when absent). */
  readonly authStore?: AuthStore
}

/** Builds a fresh world: the demo tenant (every user's password `demo-password`) and a second tenant. */
export async function buildWorld(options: WorldOptions = {}): Promise<World> {
  const store = options.store ?? createMemoryStore()
  const feed = createMemoryEventFeed()
  const engine = createEngine({ store, feed, clock: options.clock })
  const demo = await installDemo(engine)
  const other = await installDemo(engine, { tenantKey: "other" })
  const authStore = options.authStore ?? createMemoryAuthStore()
  for (const tenant of [demo, other]) {
    for (const user of demoUsers) {
      const found = await store.findUser(tenant.tenantId, { email: user.email })
      if (found !== null) await setPassword(authStore, tenant.tenantId, found.id, demoPassword, testPasswordCost)
    }
  }
  const attachments = createMemoryAttachmentStore()
  const app = createTicketflowApi({
    engine,
    tenantId: demo.tenantId,
    auth: { store: authStore },
    attachments,
    feed: options.wrapFeed === undefined ? feed : options.wrapFeed(feed),
    passwordCost: testPasswordCost,
    clock: options.clock,
    limits: options.limits,
    ...options.api,
  })
  const tokens = new Map<Role, string>()

  const token = async (role: Role): Promise<string | null> => {
    if (role === "anonymous") return null
    const known = tokens.get(role)
    if (known !== undefined) return known
    const response = await app.request("/v1/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: emails[role], password: demoPassword }),
    })
    if (response.status !== 200) throw new Error(`login of ${role} failed: ${response.status} ${await response.text()}`)
    const { token: issued } = (await response.json()) as { token: string }
    tokens.set(role, issued)
    return issued
  }

  const authHeader = async (role: Role): Promise<Record<string, string>> => {
    const issued = await token(role)
    return issued === null ? {} : { Authorization: `Bearer ${issued}` }
  }

  const call: World["call"] = async (role, method, path, body, headers = {}) =>
    app.request(path, {
      method,
      headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(await authHeader(role)), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  const upload: World["upload"] = async (role, filename, bytes, contentType = "application/octet-stream") => {
    const form = new FormData()
    form.append("file", new Blob([typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes], { type: contentType }), filename)
    return app.request("/v1/attachments", { method: "POST", headers: await authHeader(role), body: form })
  }

  const actor = (role: Exclude<Role, "anonymous">): Actor => demo[role]

  const fingerprint = async (): Promise<string> => {
    const admin = demo.admin
    const tickets = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<Engine["listTickets"]>> = await engine.listTickets(admin, { limit: 200, cursor, sort: "number" })
      tickets.push(...page.items)
      cursor = page.nextCursor
    } while (cursor !== null)
    const conversations = await Promise.all(
      tickets.map(async (t) => ({
        events: await engine.listEvents(admin, t.id),
        messages: await engine.listMessages(admin, { ticket: t.id }),
      })),
    )
    const config = await Promise.all(
      (["organisation", "department", "ticketType", "priority", "catalogItem", "calendar", "slaPolicy"] as const).map((kind) => engine.listConfig(admin, kind)),
    )
    const workflows = await engine.listWorkflows(admin)
    const users = await engine.listUsers(admin)
    const tenant = (await engine.me(admin)).tenant
    return JSON.stringify({ tickets, conversations, config, workflows, users, tenant })
  }

  return { app, engine, store, authStore, attachments, feed, demo, other, token, call, upload, actor, fingerprint }
}

/** The five tickets of the authorization matrix, seen from Bob of Acme. */
export interface MatrixTickets {
  /** Bob's own ticket (Acme, technical support). */
  readonly bobOwn: string
  /** Alice's ticket: Bob's colleague at Acme (technical support). */
  readonly aliceOwn: string
  /** Bob's ticket of the requester_only type `incentive` (billing). */
  readonly bobIncentive: string
  /** Carol's ticket: another organisation (Globex, technical support). */
  readonly carolOwn: string
  /** A ticket of the other tenant. */
  readonly otherTenant: string
  /** A file on each ticket's description, by ticket. */
  readonly files: Readonly<Record<string, string>>
  /** A file on an internal note of Bob's ticket. */
  readonly noteFile: string
}

/** Creates the matrix tickets, each with a file on its description, and an internal note with a file on Bob's. */
export async function seedMatrix(world: World): Promise<MatrixTickets> {
  const { engine, demo, other } = world
  const files: Record<string, string> = {}
  const file = async (role: Exclude<Role, "anonymous">, name: string): Promise<string> => {
    const response = await world.upload(role, name, `bytes of ${name}`)
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { id: string }).id
  }
  const create = async (role: Exclude<Role, "anonymous">, subject: string, type: string, department: string) => {
    const attachment = await file(role, `${subject}.txt`)
    const ticket = await engine.createTicket(demo[role], { subject, description: `About ${subject}`, type, department, attachmentIds: [attachment] })
    files[ticket.id] = attachment
    return ticket.id
  }
  const bobOwn = await create("bob", "zebra", "question", "technical-support")
  const aliceOwn = await create("alice", "yak", "question", "technical-support")
  const bobIncentive = await create("bob", "xerus", "incentive", "billing")
  const carolOwn = await create("carol", "walrus", "bug", "technical-support")
  // The API serves the demo tenant only: the other tenant's file goes straight to the stores.
  const otherFile = "other-tenant-file"
  await world.attachments.put(other.tenantId, otherFile, new Blob(["other tenant's bytes"]).stream())
  await engine.recordUpload(other.bob, { id: otherFile, filename: "other.txt", contentType: "text/plain", size: 20, sha256: "0".repeat(64) })
  const otherTicket = await engine.createTicket(other.bob, { subject: "vicuna", description: "Other tenant", type: "question", department: "technical-support", attachmentIds: [otherFile] })
  files[otherTicket.id] = otherFile
  const noteFile = await file("agent", "note.txt")
  await engine.postMessage(demo.agent, { ticket: bobOwn, body: "secret note about unicorn", visibility: "internal", attachmentIds: [noteFile] })
  return { bobOwn, aliceOwn, bobIncentive, carolOwn, otherTenant: otherTicket.id, files, noteFile }
}
