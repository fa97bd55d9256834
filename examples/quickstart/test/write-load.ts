/** A write the API acknowledged (2xx): it must be in the database afterwards. */
export type AcknowledgedWrite = { readonly kind: "ticket"; readonly id: string } | { readonly kind: "message"; readonly id: string; readonly ticketId: string }

/** What a load saw, counted by answer. */
export interface LoadReport {
  readonly acknowledged: ReadonlyArray<AcknowledgedWrite>
  /** 503 answers with a `Retry-After` header and a problem+json body. */
  readonly unavailable: number
  /** 503 answers without `Retry-After` or without a problem+json body. */
  readonly unavailableMalformed: number
  /** Any other answer than 2xx or a well-formed 503, with its status and body. */
  readonly otherFailures: ReadonlyArray<{ readonly status: number; readonly path: string; readonly body: string }>
  /** Requests with no answer at all (the API process was down). */
  readonly unanswered: number
}

/** A mixed write load running against the API until stopped. */
export interface WriteLoad {
  /** Sends the following requests to another server (the API restarted on another port). */
  retarget(base: string): void
  /** Resolves with the `performance.now()` at which the first write sent at or after `since` was acknowledged. */
  acknowledgedAfter(since: number): Promise<number>
  /** Resolves once `count` more writes than now were acknowledged. */
  moreAcknowledged(count: number): Promise<void>
  /** Resolves once `count` more 503s than now were answered. */
  moreUnavailable(count: number): Promise<void>
  /** The counts so far. */
  report(): LoadReport
  /** Lets the requests in flight finish; the final counts. */
  stop(): Promise<LoadReport>
}

/** The bearer tokens of the load's two actors: a customer who opens tickets and an agent who adds notes. */
export interface LoadActors {
  readonly customer: string
  readonly agent: string
}

/** Signs in with a demo user's password; the token. */
export async function login(base: string, email: string, password = "demo-password"): Promise<string> {
  const response = await fetch(`${base}/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })
  if (!response.ok) throw new Error(`login of ${email}: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/**
 * Starts `workers` loops, each sending one write after another: new tickets by the customer, public
 * replies by the customer and internal notes by the agent on tickets created so far.
 */
export function startWriteLoad(base: string, actors: LoadActors, workers = 4): WriteLoad {
  let target = base
  let stopped = false
  const acknowledged: AcknowledgedWrite[] = []
  const tickets: string[] = []
  let unavailable = 0
  let unavailableMalformed = 0
  let unanswered = 0
  const otherFailures: Array<{ status: number; path: string; body: string }> = []
  const waiters = new Set<() => void>()
  const notify = () => {
    for (const check of [...waiters]) check()
  }
  let serial = 0

  const send = async (token: string, path: string, body: unknown): Promise<unknown> => {
    const sentAt = performance.now()
    let response: Response
    try {
      response = await fetch(`${target}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      })
    } catch {
      unanswered += 1
      // Nothing listens (the process is being restarted): wait a moment before the next try.
      await new Promise((resolve) => setTimeout(resolve, 50))
      return undefined
    }
    const text = await response.text()
    if (response.ok) {
      lastAcknowledged.push({ sentAt, answeredAt: performance.now() })
      return JSON.parse(text) as unknown
    }
    if (response.status === 503) {
      const wellFormed = response.headers.get("retry-after") !== null && (response.headers.get("content-type") ?? "").startsWith("application/problem+json")
      if (wellFormed) unavailable += 1
      else unavailableMalformed += 1
    } else {
      otherFailures.push({ status: response.status, path, body: text.slice(0, 500) })
    }
    return undefined
  }
  // When each acknowledged write was sent and answered, for `acknowledgedAfter`.
  const lastAcknowledged: Array<{ sentAt: number; answeredAt: number }> = []

  const one = async () => {
    const n = (serial += 1)
    const ticketId = tickets[Math.floor(Math.random() * tickets.length)]
    if (ticketId === undefined || n % 3 === 0) {
      const created = (await send(actors.customer, "/v1/tickets", { subject: `Load ticket ${n}`, description: `Written by the fault suite (${n}).`, department: "technical-support" })) as { id: string } | undefined
      if (created !== undefined) {
        acknowledged.push({ kind: "ticket", id: created.id })
        tickets.push(created.id)
      }
    } else {
      const [token, body] = n % 3 === 1 ? [actors.agent, { body: `Note ${n}`, visibility: "internal" }] : [actors.customer, { body: `Reply ${n}` }]
      const posted = (await send(token, `/v1/tickets/${ticketId}/messages`, body)) as { message: { id: string } } | undefined
      if (posted !== undefined) acknowledged.push({ kind: "message", id: posted.message.id, ticketId })
    }
    notify()
  }
  const loops = Array.from({ length: workers }, async () => {
    while (!stopped) await one()
  })

  const report = (): LoadReport => ({ acknowledged: [...acknowledged], unavailable, unavailableMalformed, otherFailures: [...otherFailures], unanswered })
  const waitFor = <T>(check: () => T | undefined): Promise<T> =>
    new Promise((resolve) => {
      const attempt = () => {
        const value = check()
        if (value === undefined) return
        waiters.delete(attempt)
        resolve(value)
      }
      waiters.add(attempt)
      attempt()
    })

  return {
    retarget(next) {
      target = next
    },
    acknowledgedAfter: (since) => waitFor(() => lastAcknowledged.find((at) => at.sentAt >= since)?.answeredAt),
    moreAcknowledged(count) {
      const goal = acknowledged.length + count
      return waitFor(() => (acknowledged.length >= goal ? true : undefined)).then(() => undefined)
    },
    moreUnavailable(count) {
      const goal = unavailable + count
      return waitFor(() => (unavailable >= goal ? true : undefined)).then(() => undefined)
    },
    report,
    async stop() {
      stopped = true
      await Promise.all(loops)
      return report()
    },
  }
}
