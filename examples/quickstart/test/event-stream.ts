/** A live-update stream (`GET /v1/events/stream`) read by the test. */
export interface EventStream {
  /** Resolves with the `performance.now()` at which the first ticket event after `since` arrived. */
  eventAfter(since: number): Promise<number>
  /** Whether the server ended the stream. */
  readonly ended: boolean
  close(): void
}

/** Opens the stream as `token` and records when each `ticket-event` arrives; resolves once it is `ready`. */
export async function openEventStream(base: string, token: string): Promise<EventStream> {
  const abort = new AbortController()
  const response = await fetch(`${base}/v1/events/stream`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal })
  if (!response.ok || response.body === null) throw new Error(`the event stream answered ${response.status}`)
  const arrivals: number[] = []
  const waiters = new Set<() => void>()
  let ended = false
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  void (async () => {
    const decoder = new TextDecoder()
    let buffer = ""
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true })
        let end: number
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const message = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (/^event: ready$/m.test(message)) markReady()
          if (/^event: ticket-event$/m.test(message)) {
            arrivals.push(performance.now())
            for (const check of [...waiters]) check()
          }
        }
      }
    } catch {
      // Aborted by `close`, or the server went away.
    }
    ended = true
  })()
  await ready
  return {
    eventAfter: (since) =>
      new Promise((resolve) => {
        const check = () => {
          const at = arrivals.find((arrival) => arrival >= since)
          if (at === undefined) return
          waiters.delete(check)
          resolve(at)
        }
        waiters.add(check)
        check()
      }),
    get ended() {
      return ended
    },
    close: () => abort.abort(),
  }
}
