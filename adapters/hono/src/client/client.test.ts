import { readFile } from "node:fs/promises"
import createClient from "openapi-fetch"
import { describe, expect, it } from "vitest"
import { buildWorld, demoPassword } from "../testing/world.ts"
import { clientTypes, schemaFile } from "./generate.ts"
import type { paths } from "@ticketflow/hono/client"

describe("a client generated from the OpenAPI document", () => {
  it("is up to date with the API (regenerate with `npm run generate:client -w @ticketflow/hono`)", async () => {
    expect(await readFile(schemaFile, "utf8")).toBe(await clientTypes())
  })

  it("drives one ticket through the whole default workflow", async () => {
    const world = await buildWorld()
    const fetch = async (request: Request) => world.app.request(request)
    const anonymous = createClient<paths>({ baseUrl: "http://localhost", fetch })
    const login = async (email: string) => {
      const { data, error } = await anonymous.POST("/v1/auth/login", { body: { email, password: demoPassword } })
      expect(error).toBeUndefined()
      return createClient<paths>({ baseUrl: "http://localhost", fetch, headers: { Authorization: `Bearer ${data?.token}` } })
    }
    const bob = await login("bob@acme.test")
    const agent = await login("agent@demo.test")

    const created = await bob.POST("/v1/tickets", {
      params: { header: { "Idempotency-Key": "journey-1" } },
      body: { subject: "Invoices show wrong totals", description: "Since Monday.", type: "bug", priority: "high", department: "technical-support" },
    })
    expect(created.response.status).toBe(201)
    const id = created.data?.id ?? ""
    expect(created.data?.number).toBe(1)

    const fire = async (client: typeof bob, event: string, comment?: string) => {
      const { data, error, response } = await client.POST("/v1/tickets/{id}/transitions", { params: { path: { id } }, body: { event, comment } })
      expect(error, `${event}: ${JSON.stringify(error)}`).toBeUndefined()
      expect(response.headers.get("ETag")).toBe(`"${data?.version}"`)
      return data
    }
    expect((await fire(agent, "START"))?.status).toBe("in_progress")
    expect((await fire(agent, "REQUEST_CLARIFICATION", "Which invoices?"))?.status).toBe("needs_clarification")

    const clarification = await bob.GET("/v1/tickets/{id}/messages", { params: { path: { id }, query: { order: "desc" } } })
    expect(clarification.data?.[0]?.body).toBe("Which invoices?")
    const reply = await bob.POST("/v1/tickets/{id}/messages", { params: { path: { id } }, body: { body: "All of **March**." } })
    expect(reply.data?.ticket.status).toBe("in_progress")
    expect(reply.data?.message.bodyHtml).toBe("<p>All of <strong>March</strong>.</p>\n")

    expect((await fire(agent, "SUBMIT_FOR_ACCEPTANCE", "Fixed in 2.4.1"))?.status).toBe("awaiting_acceptance")
    const allowed = await bob.GET("/v1/tickets/{id}/transitions", { params: { path: { id } } })
    expect(allowed.data?.map((t) => t.event).sort()).toEqual(["ACCEPT", "CLOSE", "REQUEST_REWORK"])
    const accepted = await fire(bob, "ACCEPT")
    expect(accepted).toMatchObject({ status: "closed", statusCategory: "closed", resolution: "accepted" })

    const refused = await bob.POST("/v1/tickets/{id}/transitions", { params: { path: { id } }, body: { event: "ACCEPT" } })
    expect(refused.response.status).toBe(409)
    expect(refused.error?.type).toBe("https://ticketflow.dev/problems/invalid-transition")
    expect(refused.error?.allowed).toEqual(["REOPEN"])

    const history = await agent.GET("/v1/tickets/{id}/events", { params: { path: { id } } })
    expect(history.data?.filter((e) => e.type === "StatusChanged")).toHaveLength(5)
    const closed = await bob.GET("/v1/tickets", { params: { query: { category: ["closed"] } } })
    expect(closed.data?.items.map((t) => t.id)).toEqual([id])
  })
})
