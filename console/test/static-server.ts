import { createReadStream, existsSync, statSync } from "node:fs"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { extname, join, normalize } from "node:path"

const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" }

/** An API stand-in: answers `/v1/...` requests, or returns false to let them 404. */
export type ApiHandler = (request: IncomingMessage, response: ServerResponse, body: string) => boolean | Promise<boolean>

/**
 * Serves the built standalone console (`dist-app/`) with index.html for every unknown path (client-side
 * routes), and `/v1` from a handler, on a loopback port.
 */
export async function serveConsole(dist: string, api: ApiHandler): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost")
    if (url.pathname.startsWith("/v1/")) {
      const chunks: Buffer[] = []
      for await (const chunk of request) chunks.push(chunk as Buffer)
      const handled = await api(request, response, Buffer.concat(chunks).toString("utf8"))
      if (!handled) {
        response.writeHead(404, { "Content-Type": "application/problem+json" })
        response.end(JSON.stringify({ type: "https://ticketflow.dev/problems/route-not-found", title: "Not found", status: 404, detail: url.pathname }))
      }
      return
    }
    const path = normalize(join(dist, decodeURIComponent(url.pathname)))
    const file = path.startsWith(dist) && existsSync(path) && statSync(path).isFile() ? path : join(dist, "index.html")
    response.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
