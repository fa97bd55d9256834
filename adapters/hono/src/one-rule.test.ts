import { ValidationFailed, type Actor, type Engine } from "@ticketflow/core"
import { beforeAll, describe, expect, it } from "vitest"
import { toProblem, type Problem } from "./problem.ts"
import { buildWorld, type Role, type World } from "./testing/world.ts"

/** One invalid input, as the engine takes it and as the route takes it. */
interface Case {
  readonly name: string
  readonly role: Exclude<Role, "anonymous">
  readonly method: string
  readonly path: (world: World, ticket: string) => string
  readonly body: Record<string, unknown>
  readonly engine: (engine: Engine, actor: Actor, ticket: string, body: Record<string, unknown>) => Promise<unknown>
}

const cases: ReadonlyArray<Case> = [
  {
    name: "createTicket: an empty subject, a bad key and a list that is not one",
    role: "bob",
    method: "POST",
    path: () => "/v1/tickets",
    body: { subject: "", priority: "NOT A KEY", attachmentIds: "nope" },
    engine: (engine, actor, _ticket, body) => engine.createTicket(actor, body as never),
  },
  {
    name: "updateTicket: a field that does not exist",
    role: "agent",
    method: "PATCH",
    path: (_world, ticket) => `/v1/tickets/${ticket}`,
    body: { status: "closed" },
    engine: (engine, actor, ticket, body) => engine.updateTicket(actor, { ...body, ticket } as never),
  },
  {
    name: "postMessage: a blank body and an unknown visibility",
    role: "bob",
    method: "POST",
    path: (_world, ticket) => `/v1/tickets/${ticket}/messages`,
    body: { body: "   ", visibility: "secret" },
    engine: (engine, actor, ticket, body) => engine.postMessage(actor, { ...body, ticket } as never),
  },
  {
    name: "fireEvent: no event",
    role: "agent",
    method: "POST",
    path: (_world, ticket) => `/v1/tickets/${ticket}/transitions`,
    body: { comment: "without an event" },
    engine: (engine, actor, ticket, body) => engine.fireEvent(actor, { ...body, ticket } as never),
  },
  {
    name: "createUser: an address that is not one",
    role: "admin",
    method: "POST",
    path: () => "/v1/users",
    body: { email: "not-an-address", name: "Dana", kind: "customer" },
    engine: (engine, actor, _ticket, body) => engine.createUser(actor, body as never),
  },
  {
    name: "createConfig: a key with spaces",
    role: "admin",
    method: "POST",
    path: () => "/v1/priorities",
    body: { key: "Bad Key", name: "x", rank: 1 },
    engine: (engine, actor, _ticket, body) => engine.createConfig(actor, "priority", body as never),
  },
]

describe("one rule, one answer: the route validates with the engine's input schema", () => {
  let world: World
  let ticket: string
  beforeAll(async () => {
    world = await buildWorld()
    ticket = (await world.engine.createTicket(world.demo.bob, { subject: "A ticket to talk about" })).id
  })

  it.each(cases)("$name: the same problem from the engine and from HTTP", async (example) => {
    const refusal: unknown = await example.engine(world.engine, world.actor(example.role), ticket, example.body).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(ValidationFailed)
    const fromEngine = toProblem(refusal).problem

    const response = await world.call(example.role, example.method, example.path(world, ticket), example.body)
    const fromHttp = (await response.json()) as Problem
    expect(response.status).toBe(fromEngine.status)
    expect(fromHttp.type).toBe(fromEngine.type)
    expect(fromHttp.type).toBe("https://ticketflow.dev/problems/validation-failed")
    expect(fromHttp.errors?.map((issue) => issue.path.join("."))).toEqual(fromEngine.errors?.map((issue) => issue.path.join(".")))
    expect(fromHttp.detail).toBe(fromEngine.detail)
  })
})
