import { createHash } from "node:crypto"
import { Readable } from "node:stream"
import busboy from "busboy"
import { AttachmentRejected } from "@ticketflow/core"
import { ApiProblem } from "../problem.ts"
import { sanitizeFilename } from "./filename.ts"
import { sniffBytes, sniffContentType } from "./content-type.ts"

/** What an upload turned out to be, once its bytes are stored. */
export interface ReceivedFile {
  readonly filename: string
  readonly contentType: string
  readonly size: number
  readonly sha256: string
}

/** How to receive one upload. */
export interface UploadRules {
  /** Bytes a file may have; more is 413. */
  readonly maxBytes: number
  /** Throws when the sniffed type is refused (415), before anything is stored. */
  readonly checkType: (filename: string, contentType: string) => void
  /** Stores the bytes; resolves once they are durable. */
  readonly store: (bytes: ReadableStream<Uint8Array>) => Promise<void>
}

const tooLarge = (maxBytes: number) =>
  new AttachmentRejected({ message: `A file may have at most ${maxBytes} bytes`, reason: "too_large" })

const badUpload = (detail: string) => new ApiProblem({ slug: "invalid-upload", status: 400, title: "Invalid upload", detail })

/**
 * Receives the `file` part of a multipart request and streams it to the store while hashing
 * it: the content type is sniffed from the first bytes before anything is stored, and a file
 * over `maxBytes` fails the store's stream, so a refused upload leaves no bytes behind. A
 * client that goes away mid-body (the request's signal aborts) fails the store's stream too;
 * the promise settles only after the store has settled, so its partial file is gone by then.
 */
export async function receiveUpload(request: Request, rules: UploadRules): Promise<ReceivedFile> {
  const contentType = request.headers.get("content-type") ?? ""
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new ApiProblem({ slug: "unsupported-media-type", status: 415, title: "Unsupported media type", detail: "Upload a file as multipart/form-data, in a part named `file`" })
  }
  const declared = Number(request.headers.get("content-length") ?? "NaN")
  if (Number.isFinite(declared) && declared > rules.maxBytes + 64 * 1024) throw tooLarge(rules.maxBytes)
  if (request.body === null) throw badUpload("The request has no body")

  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      // One byte over the limit tells an oversize file from one of exactly the limit.
      limits: { files: 1, fileSize: rules.maxBytes + 1, fields: 10, fieldSize: 1024, parts: 20, headerPairs: 50 },
    })
  } catch (error) {
    throw badUpload(error instanceof Error ? error.message : "Malformed multipart request")
  }
  const source = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>)

  return new Promise<ReceivedFile>((resolve, reject) => {
    let received: Promise<ReceivedFile> | null = null
    let file: Readable | null = null
    let settled = false
    const onAbort = () => fail(badUpload("The client went away before the upload ended"))
    // Settles only once the store has given up too, so its partial file is gone by then.
    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      request.signal.removeEventListener("abort", onAbort)
      source.unpipe(parser)
      source.destroy()
      parser.destroy()
      // The store's stream reads this file stream: failing it makes the store drop its partial file.
      file?.destroy(error instanceof Error ? error : new Error(String(error)))
      const storing = received ?? Promise.resolve()
      storing.then(
        () => reject(error),
        () => reject(error),
      )
    }
    parser.on("file", (field, stream, info) => {
      if (field !== "file" || received !== null) {
        stream.resume()
        return
      }
      file = stream
      received = receiveFile(stream, info.filename, rules)
      received.catch((error: unknown) => {
        stream.resume()
        fail(error)
      })
    })
    parser.on("error", (error: unknown) => fail(badUpload(error instanceof Error ? error.message : "Malformed multipart request")))
    parser.on("close", () => {
      if (received === null) return fail(badUpload("No part named `file` with a file in it"))
      received.then((done) => {
        if (settled) return
        settled = true
        request.signal.removeEventListener("abort", onAbort)
        resolve(done)
      }, fail)
    })
    source.on("error", () => fail(badUpload("The upload was interrupted")))
    if (request.signal.aborted) return onAbort()
    request.signal.addEventListener("abort", onAbort, { once: true })
    source.pipe(parser)
  })
}

async function receiveFile(stream: Readable & { truncated?: boolean }, rawName: string | undefined, rules: UploadRules): Promise<ReceivedFile> {
  // Browsers escape only these three in a multipart filename (WHATWG HTML, form-data encoding).
  const filename = sanitizeFilename((rawName ?? "").replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n"))
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const head: Buffer[] = []
  let headSize = 0
  let ended = false
  while (headSize < sniffBytes) {
    const next = await chunks.next()
    if (next.done === true) {
      ended = true
      break
    }
    head.push(next.value)
    headSize += next.value.length
  }
  const first = Buffer.concat(head)
  const truncated = () => stream.truncated === true
  if (truncated() || first.length > rules.maxBytes) throw tooLarge(rules.maxBytes)
  const contentType = await sniffContentType(first.subarray(0, sniffBytes))
  rules.checkType(filename, contentType)

  const hash = createHash("sha256").update(first)
  let size = first.length
  const bytes = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.length > 0) controller.enqueue(new Uint8Array(first))
    },
    async pull(controller) {
      if (ended) {
        if (truncated()) controller.error(tooLarge(rules.maxBytes))
        else controller.close()
        return
      }
      const next = await chunks.next()
      if (next.done === true) {
        ended = true
        if (truncated()) controller.error(tooLarge(rules.maxBytes))
        else controller.close()
        return
      }
      hash.update(next.value)
      size += next.value.length
      if (size > rules.maxBytes) {
        controller.error(tooLarge(rules.maxBytes))
        return
      }
      controller.enqueue(new Uint8Array(next.value))
    },
  })
  try {
    await rules.store(bytes)
  } catch (error) {
    if (truncated()) throw tooLarge(rules.maxBytes)
    throw error
  }
  if (truncated() || size > rules.maxBytes) throw tooLarge(rules.maxBytes)
  return { filename, contentType, size, sha256: hash.digest("hex") }
}
