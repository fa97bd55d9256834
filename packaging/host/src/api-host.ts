// docs/api.md's mount in a host Hono app: the host authenticates (here, a header naming a demo
// user), its middleware's headers stay on ticketflow's answers, errors included.
import { serve } from "@hono/node-server"
import { createEngine, createMemoryAttachmentStore, createMemoryStore, type Actor } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"

const engine = createEngine({ store: createMemoryStore() })
const demo = await installDemo(engine)
const tenantId = demo.tenantId
const attachments = createMemoryAttachmentStore()
const users: Record<string, Actor> = { alice: demo.alice, bob: demo.bob, agent: demo.agent }

/** The host's own sign-in, reduced to a header that names the user. */
async function authenticate(request: Request): Promise<Actor | null> {
  return users[request.headers.get("x-host-user") ?? ""] ?? null
}

import { createTicketflowApi } from "@ticketflow/hono"
import { Hono } from "hono"

const app = new Hono()
app.use(async (c, next) => {
  c.header("X-Request-Id", crypto.randomUUID()) // the host's headers stay on every answer, problems included
  await next()
})
app.route("/support", createTicketflowApi({ engine, tenantId, auth: { authenticate }, attachments }))

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: "127.0.0.1" }, (info) => console.log(JSON.stringify({ port: info.port })))
