import autocannon from "autocannon"

/** One connection's requests; autocannon cycles through them. */
export type ConnectionRequests = (connection: number) => autocannon.Request[]

/** One timed run of a scenario. */
export interface LoadRun {
  /** Successful (2xx) responses per second. */
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly ok: number
  /** Non-2xx responses and connection errors: a benchmark that counts them measures the wrong thing. */
  readonly failed: number
  readonly statusCodes: Record<string, number>
}

/** A scenario: its name, its URL and what each connection sends. */
export interface Scenario {
  readonly name: string
  readonly url: string
  readonly requests: ConnectionRequests
  /** To run before each run, outside its timing and CPU sample (a scenario's state re-read, say). */
  readonly prepare?: () => Promise<void>
}

/**
 * Runs `scenario` for `seconds` with `connections` keep-alive connections (one request in flight
 * on each), in this process; the server under test runs in another.
 */
export async function runLoad(scenario: Scenario, options: { connections: number; seconds: number }): Promise<LoadRun> {
  let nextConnection = 0
  const result = await autocannon({
    url: scenario.url,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    // The first request must be buildable before setupClient swaps in the connection's own.
    requests: [{ method: "GET" }],
    setupClient: (client) => {
      // Each connection gets its own requests, so per-connection state (a ticket to toggle) is safe.
      ;(client as unknown as { setRequests(requests: autocannon.Request[]): void }).setRequests(scenario.requests(nextConnection++))
    },
  })
  const statusCodes: Record<string, number> = {}
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stats.count ?? 0
  return {
    rps: result["2xx"] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    failed: result.non2xx + result.errors,
    statusCodes,
  }
}

/** The median of some numbers (0 for none). */
export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** `GET`s round-robin over `paths`, each connection starting at its own offset. */
export function roundRobinGets(paths: ReadonlyArray<string>, headers: Record<string, string>): ConnectionRequests {
  return (connection) => {
    let next = connection
    return [
      {
        method: "GET",
        headers,
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length] ?? "/"
          return request
        },
      },
    ]
  }
}

/** Ticket statuses the toggling connections read, kept across runs and re-read before each. */
export type TicketStatuses = Map<string, string>

/**
 * `POST …/transitions` on the connection's own ticket, START when it is in `in_queue` and
 * REQUEUE when in `in_progress`: always a valid event. `statuses` is re-read before each run
 * (a run's last requests may land after autocannon stopped listening); should a request still
 * be refused, its 409 tells the ticket's status and the next one is valid again.
 */
export function toggleTransitions(tickets: ReadonlyArray<string>, headers: Record<string, string>, statuses: TicketStatuses): ConnectionRequests {
  return (connection) => {
    const ticket = tickets[connection % tickets.length] ?? ""
    return [
      {
        method: "POST",
        path: `/v1/tickets/${ticket}/transitions`,
        headers: { ...headers, "content-type": "application/json" },
        setupRequest: (request) => {
          request.body = JSON.stringify({ event: statuses.get(ticket) === "in_progress" ? "REQUEUE" : "START" })
          return request
        },
        onResponse: (code, body) => {
          if (code === 200) statuses.set(ticket, (JSON.parse(body) as { status: string }).status)
          // Out of step (a previous run's last request landed late): the refusal says where the ticket is.
          if (code === 409) {
            const allowed = (JSON.parse(body) as { allowed?: string[] }).allowed ?? []
            if (allowed.includes("START")) statuses.set(ticket, "in_queue")
            else if (allowed.includes("REQUEUE")) statuses.set(ticket, "in_progress")
          }
        },
      },
    ]
  }
}

/**
 * Reads each ticket's status into `statuses`, as `toggleTransitions` needs before a run, once
 * the requests the previous run left in flight (the server finishes them) have landed.
 */
export async function readStatuses(base: string, tickets: ReadonlyArray<string>, headers: Record<string, string>, statuses: TicketStatuses): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await Promise.all(
    tickets.map(async (ticket) => {
      const response = await fetch(`${base}/v1/tickets/${ticket}`, { headers })
      if (!response.ok) throw new Error(`GET ticket ${ticket}: ${response.status}`)
      statuses.set(ticket, ((await response.json()) as { status: string }).status)
    }),
  )
}

/** A public reply by the agent on the connection's own ticket (replies fire no trigger in `in_queue`). */
export function postMessages(tickets: ReadonlyArray<string>, headers: Record<string, string>): ConnectionRequests {
  return (connection) => {
    const ticket = tickets[connection % tickets.length] ?? ""
    let count = 0
    return [
      {
        method: "POST",
        path: `/v1/tickets/${ticket}/messages`,
        headers: { ...headers, "content-type": "application/json" },
        setupRequest: (request) => {
          request.body = JSON.stringify({ body: `Reply ${++count} from the benchmark: **still looking** into it.` })
          return request
        },
      },
    ]
  }
}
