// The PGlite thread: one PGlite instance, statements run one at a time in the order they arrive.
// Nothing here may block the main thread; the main thread may terminate this one at any time.
import { parentPort, workerData } from "node:worker_threads"
import { PGlite } from "@electric-sql/pglite"
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm"
import { toThreadError, type StatementRequest, type ThreadMessage, type ThreadOptions } from "./protocol.ts"

const options = workerData as ThreadOptions
const port = parentPort
if (port === null) throw new Error("the PGlite thread runs as a worker thread")
const send = (message: ThreadMessage) => port.postMessage(message)

try {
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    extensions: { pg_trgm: options.pgTrgmBundle === undefined ? pg_trgm : new URL(options.pgTrgmBundle) },
    loadDataDir: options.template === undefined ? undefined : new Blob([options.template]),
  })
  // PGlite queues its queries itself; answers go back in the order statements arrived.
  port.on("message", (request: StatementRequest | "close") => {
    if (request === "close") {
      void pglite.close().finally(() => port.close())
      return
    }
    pglite.query<Record<string, unknown>>(request.sql, [...request.parameters], { rowMode: "object" }).then(
      (result) => send({ type: "result", id: request.id, rows: result.rows, affectedRows: result.affectedRows }),
      (error: unknown) => send({ type: "error", id: request.id, error: toThreadError(error) }),
    )
  })
  send({ type: "ready" })
} catch (error) {
  send({ type: "failed", error: toThreadError(error) })
}
