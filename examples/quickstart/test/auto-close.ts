/** Calls the API as `token`; the answer's JSON, or throws with its status and body. */
async function call(base: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return JSON.parse(text) as unknown
}

/** Publishes the default workflow again with AUTO_CLOSE one second after `awaiting_acceptance`. */
export async function publishQuickAutoClose(base: string, admin: string): Promise<void> {
  const current = (await call(base, admin, "GET", "/v1/workflows/default")) as Record<string, unknown>
  await call(base, admin, "POST", "/v1/workflows/default/versions", {
    ...current,
    timers: [{ in: "awaiting_acceptance", after: "PT1S", clock: "calendar", fire: "AUTO_CLOSE" }],
  })
}

/** Opens a ticket as the customer and walks it to `awaiting_acceptance` as the agent, where its AUTO_CLOSE timer starts; its id. */
export async function ticketAwaitingAcceptance(base: string, actors: { customer: string; agent: string }): Promise<string> {
  const ticket = (await call(base, actors.customer, "POST", "/v1/tickets", { subject: "Closes by itself", department: "technical-support" })) as { id: string }
  for (const event of ["START", "SUBMIT_FOR_ACCEPTANCE"]) await call(base, actors.agent, "POST", `/v1/tickets/${ticket.id}/transitions`, { event })
  return ticket.id
}

/** Resolves once the ticket is closed (its timer fired), checking every 200 ms; rejects after `timeoutMs`. */
export async function closedByTimer(base: string, token: string, ticketId: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const ticket = (await call(base, token, "GET", `/v1/tickets/${ticketId}`)) as { status: string }
    if (ticket.status === "closed") return
    if (performance.now() > deadline) throw new Error(`ticket ${ticketId} still ${ticket.status} after ${timeoutMs} ms: its timer did not fire`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
