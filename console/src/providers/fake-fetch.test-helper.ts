/** One request the fake server received. */
export interface Recorded {
  readonly method: string
  readonly url: URL
  readonly headers: Headers
  readonly body: unknown
}

type Reply = { status?: number; body?: unknown; contentType?: string }

/**
 * A fake `fetch` that records every request and answers from a routing function, so tests can
 * assert the URLs, headers and bodies the providers send.
 */
export function fakeFetch(route: (request: Recorded) => Reply | undefined) {
  const calls: Recorded[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), "http://console.test")
    const raw = init.body
    const body = typeof raw === "string" ? JSON.parse(raw) : raw instanceof FormData ? raw : undefined
    const recorded: Recorded = { method: (init.method ?? "GET").toUpperCase(), url, headers: new Headers(init.headers), body }
    calls.push(recorded)
    const reply = route(recorded) ?? { status: 404, body: { type: "https://ticketflow.dev/problems/route-not-found", title: "Not found", status: 404, detail: "no route" }, contentType: "application/problem+json" }
    const status = reply.status ?? 200
    if (status === 204) return new Response(null, { status })
    return new Response(JSON.stringify(reply.body ?? null), { status, headers: { "Content-Type": reply.contentType ?? (status >= 400 ? "application/problem+json" : "application/json") } })
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}
