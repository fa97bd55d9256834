// A host server for the Refine host app in web/: the API with its built-in login under
// /support, on PGlite with the demo tenant, and the host app's build at /.
import { readFile } from "node:fs/promises"
import { serve } from "@hono/node-server"
import { serveStatic } from "@hono/node-server/serve-static"
import { createEngine } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { createFileAttachmentStore } from "@ticketflow/files"
import { createTicketflowApi, setPassword } from "@ticketflow/hono"
import { createKyselyAuthStore, createKyselyStore, migrate } from "@ticketflow/kysely"
import { openPglite } from "@ticketflow/kysely/pglite"
import { Hono } from "hono"

const { db } = await openPglite()
await migrate(db)
const engine = createEngine({ store: createKyselyStore(db) })
const auth = createKyselyAuthStore(db)
const demo = await installDemo(engine)
await setPassword(auth, demo.tenantId, demo.bob.userId, "host-password", 12)
await engine.createTicket(demo.bob, { subject: "Printer on fire", description: "Since this morning." })

const api = createTicketflowApi({ engine, tenantId: demo.tenantId, auth: { store: auth }, attachments: createFileAttachmentStore({ directory: "./.files" }) })
const index = await readFile("web/dist/index.html", "utf8")
const app = new Hono()
  .route("/support", api)
  .use("/*", serveStatic({ root: "web/dist" }))
  .get("*", (c) => c.html(index))

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: "127.0.0.1" }, (info) => console.log(JSON.stringify({ port: info.port })))
