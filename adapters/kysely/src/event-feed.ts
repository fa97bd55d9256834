import type { TicketEvent, TicketEventFeed, TicketEventListener } from "@ticketflow/core"
import type pg from "pg"
import { quoteIdentifier } from "./database.ts"
import { createPool } from "./pool.ts"
import { eventRow } from "./rows.ts"

/** Options of `createPostgresEventFeed`. */
export interface PostgresEventFeedOptions {
  /** A pool whose connections reach the `events` table (see `openPostgres`); else `connectionString`. */
  readonly pool?: pg.Pool | undefined
  readonly connectionString?: string | undefined
  /** With `connectionString`: the schema of the ticketflow tables, when not on the default search path. */
  readonly schema?: string | undefined
  /** The NOTIFY channel (`ticketflow_events` by default): one per ticketflow schema. */
  readonly channel?: string | undefined
  /** How long to wait before listening again after the connection dropped (1000 ms by default). */
  readonly reconnectMs?: number | undefined
  /** Told of a lost connection, an unreadable notification or a listener that threw; logged by default. */
  readonly onError?: ((error: unknown) => void) | undefined
}

/** A `TicketEventFeed` across processes. */
export interface PostgresEventFeed extends TicketEventFeed {
  /** Settles once this process LISTENs: batches published before may not reach its subscribers. */
  readonly ready: Promise<void>
  /** Stops listening (once, however often called); closes the pool only if the feed opened it. */
  close(): Promise<void>
}

// NOTIFY refuses payloads of 8000 bytes or more; stay clear of it.
const maxPayloadBytes = 7_900

type Notice = { readonly events: ReadonlyArray<TicketEvent> } | { readonly tenantId: string; readonly ids: ReadonlyArray<string> }

/** The notifications of one batch: the events themselves when they fit, else their ids in chunks. */
export function noticesOf(events: ReadonlyArray<TicketEvent>): string[] {
  const whole = JSON.stringify({ events } satisfies Notice)
  if (Buffer.byteLength(whole) <= maxPayloadBytes) return [whole]
  const notices: string[] = []
  // A command's events share a tenant; group anyway, so that a subscriber loads each tenant's own.
  const byTenant = new Map<string, TicketEvent[]>()
  for (const event of events) byTenant.set(event.tenantId, [...(byTenant.get(event.tenantId) ?? []), event])
  for (const [tenantId, ofTenant] of byTenant) {
    let ids: string[] = []
    for (const { id } of ofTenant) {
      if (ids.length > 0 && Buffer.byteLength(JSON.stringify({ tenantId, ids: [...ids, id] })) > maxPayloadBytes) {
        notices.push(JSON.stringify({ tenantId, ids } satisfies Notice))
        ids = []
      }
      ids.push(id)
    }
    notices.push(JSON.stringify({ tenantId, ids } satisfies Notice))
  }
  return notices
}

/**
 * Live updates across API processes on one Postgres: `publish` sends NOTIFY (the events as JSON
 * when under NOTIFY's 8000-byte limit, else their ids, which each subscriber's process loads from
 * `events`), and every process LISTENs on one connection of its own and hands each batch to its
 * subscribers, in the order published. Its own batches come back the same way, so a subscriber
 * hears each batch once. Best effort, as live updates are: a batch published while a process
 * reconnects is not replayed.
 *
 * @example
 * const feed = createPostgresEventFeed({ pool })
 * const engine = createEngine({ store: createKyselyStore(db), feed })
 */
export function createPostgresEventFeed(options: PostgresEventFeedOptions): PostgresEventFeed {
  const ownPool = options.pool === undefined
  const pool = options.pool ?? poolFrom(options)
  const channel = options.channel ?? "ticketflow_events"
  const onError = options.onError ?? ((error: unknown) => console.error("ticketflow event feed:", error))
  const listeners = new Set<TicketEventListener>()
  let closed = false
  let client: pg.PoolClient | null = null
  let retry: ReturnType<typeof setTimeout> | undefined
  // Notifications are handled one at a time, so batches whose ids must be loaded keep their place.
  let delivering: Promise<void> = Promise.resolve()

  const deliver = (events: ReadonlyArray<TicketEvent>) => {
    for (const listener of listeners) {
      try {
        listener(events)
      } catch (error) {
        onError(error)
      }
    }
  }
  const load = async (tenantId: string, ids: ReadonlyArray<string>): Promise<TicketEvent[]> => {
    const { rows } = await pool.query(
      `SELECT ${eventRow.select("e")} FROM events e WHERE e.tenant_id = $1 AND e.id = ANY($2::text[]) ORDER BY e.version, e.seq`,
      [tenantId, ids],
    )
    return rows.map((row) => eventRow.fromRow(row))
  }
  const handle = async (payload: string) => {
    const notice = JSON.parse(payload) as Notice
    const events = "events" in notice ? notice.events : await load(notice.tenantId, notice.ids)
    if (events.length > 0 && !closed) deliver(events)
  }

  const retryLater = (error: unknown) => {
    if (closed) return
    onError(error)
    retry = setTimeout(() => void listen().catch(retryLater), options.reconnectMs ?? 1000)
  }

  const listen = async (): Promise<void> => {
    const connection = await pool.connect()
    if (closed) {
      connection.release()
      return
    }
    connection.on("notification", (message) => {
      if (message.channel !== channel || message.payload === undefined) return
      const payload = message.payload
      delivering = delivering.then(() => handle(payload)).catch(onError)
    })
    const lost = (error?: unknown) => {
      if (client !== connection) return
      client = null
      connection.release(true)
      retryLater(error ?? new Error("the LISTEN connection ended"))
    }
    connection.on("error", lost)
    connection.on("end", () => lost())
    client = connection
    try {
      await connection.query(`LISTEN ${quoteIdentifier(channel)}`)
    } catch (error) {
      if (client === connection) {
        client = null
        connection.release(true)
      }
      throw error
    }
  }

  let closing: Promise<void> | undefined
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      closed = true
      clearTimeout(retry)
      const connection = client
      client = null
      if (connection !== null) {
        await connection.query(`UNLISTEN ${quoteIdentifier(channel)}`).catch(() => undefined)
        connection.release()
      }
      await delivering
      if (ownPool) await pool.end()
    })())

  const ready = listen()
  // `ready` reports a failed first LISTEN; the feed keeps trying meanwhile.
  ready.catch(retryLater)

  return {
    ready,
    async publish(events) {
      if (events.length === 0) return
      await pool.query("SELECT pg_notify($1, notice) FROM unnest($2::text[]) WITH ORDINALITY AS n(notice, ord) ORDER BY ord", [channel, noticesOf(events)])
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    close,
  }
}

function poolFrom(options: PostgresEventFeedOptions): pg.Pool {
  if (options.connectionString === undefined) throw new Error("createPostgresEventFeed needs a pool or a connectionString")
  return createPool({ connectionString: options.connectionString, schema: options.schema, max: 3 })
}
