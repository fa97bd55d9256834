/** The password of every demo user (DESIGN "Quickstart and demo data"). */
const demoPassword = "demo-password"

/** What the load runs on: the agent's token and tickets the agent may see, each in `in_queue`. */
export interface ApiFixture {
  readonly agentToken: string
  /** Read by `GET /v1/tickets/{id}` and the bare route, round-robin. */
  readonly readTickets: ReadonlyArray<string>
  /** One per connection, toggled START / REQUEUE. */
  readonly transitionTickets: ReadonlyArray<string>
  /** Replied to by the agent, round-robin. */
  readonly messageTickets: ReadonlyArray<string>
}

/** Logs in as a demo user once; the benchmark reuses the bearer token for every request. */
export async function login(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  if (!response.ok) throw new Error(`login as ${email}: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return token
}

async function call<T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/**
 * Bob (an Acme customer) opens `ticketCount` tickets through the API and the agent triages each
 * into `in_queue`, so every ticket is one the agent may read, reply to and START.
 */
export async function prepareFixture(base: string, options: { ticketCount: number; connections: number }): Promise<ApiFixture> {
  const bobToken = await login(base, "bob@acme.test")
  const agentToken = await login(base, "agent@demo.test")
  const ids: string[] = []
  // A few at a time: quick, without turning the setup itself into a load test.
  for (let start = 0; start < options.ticketCount; start += 8) {
    const batch = Array.from({ length: Math.min(8, options.ticketCount - start) }, async (_, offset) => {
      const ticket = await call<{ id: string }>(base, bobToken, "POST", "/v1/tickets", {
        subject: `Benchmark ticket ${start + offset + 1}`,
        description: "Opened by `npm run bench:api`.",
        type: "bug",
        priority: "normal",
        department: "technical-support",
      })
      await call(base, agentToken, "POST", `/v1/tickets/${ticket.id}/transitions`, { event: "TRIAGE" })
      return ticket.id
    })
    ids.push(...(await Promise.all(batch)))
  }
  if (ids.length < options.connections * 2) throw new Error(`the fixture needs at least ${options.connections * 2} tickets`)
  return {
    agentToken,
    readTickets: ids,
    transitionTickets: ids.slice(0, options.connections),
    messageTickets: ids.slice(options.connections, options.connections * 2),
  }
}
