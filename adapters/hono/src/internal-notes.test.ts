import { describe, expect, it } from "vitest"
import { readSse } from "./testing/sse-client.ts"
import { buildWorld, seedMatrix } from "./testing/world.ts"

const customers = ["alice", "bob", "carol"] as const

describe("internal notes and their files", () => {
  it("never appear in any customer-facing response", async () => {
    const world = await buildWorld()
    const matrix = await seedMatrix(world)
    const tickets = [matrix.bobOwn, matrix.aliceOwn, matrix.bobIncentive, matrix.carolOwn]
    // Customers listen live while the team writes more notes.
    const streams = await Promise.all(
      customers.map(async (role) => {
        const stream = readSse(await world.call(role, "GET", "/v1/events/stream"))
        await stream.waitFor((e) => e.event === "ready")
        return { role, stream }
      }),
    )
    const moreNote = await (await world.upload("admin", "unicorn-plan.txt", "unicorn plan")).json() as { id: string }
    for (const ticket of tickets) {
      await world.call("admin", "POST", `/v1/tickets/${ticket}/messages`, { body: "internal unicorn detail", visibility: "internal", attachmentIds: ticket === matrix.carolOwn ? [moreNote.id] : [] })
    }
    // Public changes after the notes, so each stream has decided on every note before it.
    for (const ticket of tickets) await world.call("admin", "POST", `/v1/tickets/${ticket}/messages`, { body: "public marker" })
    const secrets = ["unicorn", matrix.noteFile, moreNote.id, "NoteAdded", '"internal"']

    for (const role of customers) {
      const texts: Array<[string, string]> = []
      const read = async (path: string) => {
        const response = await world.call(role, "GET", path)
        texts.push([path, `${response.status} ${await response.text()}`])
        return response
      }
      await read("/v1/tickets")
      await read("/v1/tickets?q=unicorn")
      await read("/v1/tickets/counts?q=unicorn")
      expect(await (await world.call(role, "GET", "/v1/tickets?q=unicorn")).json()).toMatchObject({ items: [] })
      expect(await (await world.call(role, "GET", "/v1/tickets/counts?q=unicorn")).json()).toMatchObject({ total: 0 })
      for (const ticket of tickets) {
        await read(`/v1/tickets/${ticket}`)
        await read(`/v1/tickets/${ticket}/messages`)
        await read(`/v1/tickets/${ticket}/messages?order=desc`)
        await read(`/v1/tickets/${ticket}/events`)
        await read(`/v1/tickets/${ticket}/transitions`)
      }
      for (const file of [matrix.noteFile, moreNote.id]) {
        for (const path of [`/v1/attachments/${file}`, `/v1/attachments/${file}/thumbnail`]) {
          // A 404 names only the id the client sent itself.
          const response = await world.call(role, "GET", path)
          expect(response.status).toBe(404)
          expect(await response.text()).not.toMatch(/unicorn|note\.txt|plan/)
        }
      }
      const own = role === "bob" ? matrix.bobOwn : role === "alice" ? matrix.aliceOwn : matrix.carolOwn
      const reply = await world.call(role, "POST", `/v1/tickets/${own}/messages`, { body: "a customer reply" })
      expect(reply.status).toBe(201)
      texts.push(["reply", await reply.text()])
      const stream = streams.find((s) => s.role === role)?.stream
      await stream?.waitFor((e) => e.event === "ticket-event" && e.data.includes("MessagePosted") && e.data.includes(own))
      texts.push(["stream", JSON.stringify(stream?.received)])
      expect(texts.length).toBe(25)
      for (const [where, text] of texts) for (const secret of secrets) expect(text, `${role} saw ${secret} in ${where}`).not.toContain(secret)
    }

    // The team does see them: the check above is not vacuous.
    const agentSearch = (await (await world.call("agent", "GET", "/v1/tickets?q=unicorn")).json()) as { items: unknown[] }
    expect(agentSearch.items.length).toBeGreaterThan(0)
    expect(await (await world.call("agent", "GET", `/v1/tickets/${matrix.bobOwn}/messages`)).text()).toContain("unicorn")
    expect((await world.call("agent", "GET", `/v1/attachments/${matrix.noteFile}`)).status).toBe(200)
    for (const { stream } of streams) await stream.close()
  })
})
