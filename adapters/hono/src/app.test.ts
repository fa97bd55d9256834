import { Hono } from "hono"
import { describe, expect, it } from "vitest"
import { buildWorld } from "./testing/world.ts"

/** A host app whose middleware sets a header before ticketflow answers, with the API under `/support`. */
async function hostWorld() {
  const world = await buildWorld()
  const host = new Hono()
  host.use("*", async (c, next) => {
    c.header("X-Host", "yes")
    await next()
  })
  host.route("/support", world.app)
  const token = await world.token("admin")
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }
  return { world, host, headers }
}

const expectHostAndBaseHeaders = (response: Response) => {
  expect(response.headers.get("X-Host")).toBe("yes")
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff")
  expect(response.headers.get("X-Frame-Options")).toBe("DENY")
  expect(response.headers.get("Referrer-Policy")).toBe("no-referrer")
}

describe("mounted in a host app, ticketflow answers through Hono's context", () => {
  it("keeps the host middleware's headers on its problem responses, still problem+json", async () => {
    const { host, headers } = await hostWorld()
    const answers = {
      404: await host.request("/support/v1/nothing-here", { headers }),
      401: await host.request("/support/v1/tickets"),
      400: await host.request("/support/v1/tickets", { method: "POST", headers, body: "{" }),
      422: await host.request("/support/v1/sla-policies", { method: "POST", headers, body: JSON.stringify({ key: "s", name: "s", priorityKey: "nope" }) }),
    }
    for (const [status, response] of Object.entries(answers)) {
      expect(response.status, status).toBe(Number(status))
      expect(response.headers.get("Content-Type"), status).toBe("application/problem+json")
      expectHostAndBaseHeaders(response)
      expect(((await response.json()) as { status: number }).status).toBe(Number(status))
    }
    expect(answers[401].headers.get("WWW-Authenticate")).toBe('Bearer realm="ticketflow"')
  })

  it("keeps them on its other answers: JSON, files and the document", async () => {
    const { world, host, headers } = await hostWorld()
    const listed = await host.request("/support/v1/tickets", { headers })
    expect(listed.status).toBe(200)
    expectHostAndBaseHeaders(listed)
    const uploaded = (await (await world.upload("admin", "note.txt", "hello")).json()) as { id: string }
    const file = await host.request(`/support/v1/attachments/${uploaded.id}`, { headers })
    expect(await file.text()).toBe("hello")
    expect(file.headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox")
    expectHostAndBaseHeaders(file)
    const unchanged = await host.request(`/support/v1/attachments/${uploaded.id}`, { headers: { ...headers, "If-None-Match": file.headers.get("ETag") ?? "" } })
    expect(unchanged.status).toBe(304)
    expectHostAndBaseHeaders(unchanged)
    expectHostAndBaseHeaders(await host.request("/support/openapi.json"))
  })
})
