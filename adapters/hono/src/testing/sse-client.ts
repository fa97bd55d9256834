/** One server-sent event, or a comment line (`event` is `comment`). */
export interface ReceivedEvent {
  readonly event: string
  readonly data: string
  readonly id: string | null
}

/** Reads a `text/event-stream` response as it arrives, for tests. */
export interface SseReader {
  readonly received: ReadonlyArray<ReceivedEvent>
  /** Resolves with the first event (already received or to come) that matches, or rejects after the timeout. */
  waitFor(match: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>
  /** Resolves when the server has ended the stream (or the client closed it). */
  readonly ended: Promise<void>
  /** Cancels the stream, as a client going away. */
  close(): Promise<void>
}

/** Starts reading an event stream. */
export function readSse(response: Response): SseReader {
  const body = response.body
  if (body === null) throw new Error("no body")
  const reader = body.getReader()
  const decoder = new TextDecoder()
  const received: ReceivedEvent[] = []
  const waiters = new Set<() => void>()
  let buffer = ""
  let closed = false

  const parse = (block: string) => {
    if (block.startsWith(":")) {
      received.push({ event: "comment", data: block.slice(1).trim(), id: null })
      return
    }
    let event = "message"
    let id: string | null = null
    const data: string[] = []
    for (const line of block.split("\n")) {
      const colon = line.indexOf(":")
      const field = colon === -1 ? line : line.slice(0, colon)
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "")
      if (field === "event") event = value
      else if (field === "data") data.push(value)
      else if (field === "id") id = value
    }
    received.push({ event, data: data.join("\n"), id })
  }

  const ended = (async () => {
    while (!closed) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (done === true) break
      buffer += decoder.decode(value, { stream: true })
      let end = buffer.indexOf("\n\n")
      while (end !== -1) {
        parse(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
        end = buffer.indexOf("\n\n")
      }
      for (const wake of waiters) wake()
    }
  })()

  return {
    received,
    ended,
    waitFor(match, timeoutMs = 2_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match)
          if (found === undefined) return false
          waiters.delete(check)
          clearTimeout(timer)
          resolve(found)
          return true
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(received.map((e) => e.event))}`))
        }, timeoutMs)
        if (!check()) waiters.add(check)
      })
    },
    async close() {
      closed = true
      await reader.cancel()
    },
  }
}
