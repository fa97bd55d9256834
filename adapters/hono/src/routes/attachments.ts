import { randomUUID } from "node:crypto"
import { z } from "@hono/zod-openapi"
import { attachmentPolicyRefusal, declarations, defaultAttachmentPolicy, toAttachmentView, validationFailed } from "@ticketflow/core"
import { servingOf, thumbnailable } from "../attachments/content-type.ts"
import { contentDisposition } from "../attachments/filename.ts"
import { receiveUpload } from "../attachments/receive-upload.ts"
import { makeThumbnail, thumbnailSizes } from "../attachments/thumbnail.ts"
import { requireActor } from "../auth/authenticate.ts"
import type { ApiDeps } from "../options.ts"
import { ApiProblem, problemResponsesOf } from "../problem.ts"
import { IdParam } from "../schemas/common.ts"
import { AttachmentSchema } from "../schemas/conversation.ts"
import { jsonResponse, type ApiApp } from "./shared.ts"

const tags = ["Attachments"]
const binary = z.string().openapi({ type: "string", format: "binary" })

/** The id of a file route, checked as the OpenAPI route declares it (these routes stream, outside `app.openapi`). */
function attachmentIdOf(raw: string | undefined): string {
  const parsed = IdParam.safeParse({ id: raw })
  if (!parsed.success) throw validationFailed(parsed.error.issues)
  return parsed.data.id
}

/** Headers of every served file: never sniffed, never run, never framed. */
const fileHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cache-Control": "private, max-age=300",
}

const ThumbnailQuery = z.object({
  size: z.enum(thumbnailSizes.map(String) as [string, ...string[]]).optional().openapi({ description: "Pixels on the longer side (256)." }),
})

/** `POST /v1/attachments`, `GET /v1/attachments/{id}` and its thumbnail. */
export function attachmentRoutes(app: ApiApp, deps: ApiDeps): void {
  const { engine } = deps

  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/attachments",
    operationId: "uploadAttachment",
    tags,
    summary: "Upload a file",
    description:
      "Streams one file (the multipart part `file`) to the attachment store. Its content type is sniffed from the bytes; the tenant's attachment policy limits size (413) and types (415). Link it to a ticket or message with `attachmentIds` (your own uploads; staff may link a customer's only where she still sees it, else 422 `attachment-not-linkable`). A failed or interrupted upload keeps nothing; one left unlinked is removed by the upload sweeper (`sweepUploads`; after 24 hours by default).",
    request: {
      body: {
        required: true,
        content: { "multipart/form-data": { schema: z.object({ file: binary.openapi({ description: "The file." }) }).openapi("Upload") } },
      },
    },
    responses: { 201: jsonResponse(AttachmentSchema, "The stored file's metadata."), ...problemResponsesOf(declarations.recordUpload, { body: true }) },
  })
  app.post("/v1/attachments", async (c) => {
    const actor = requireActor(c)
    const me = await engine.me(actor)
    const policy = me.tenant.settings.attachmentPolicy ?? defaultAttachmentPolicy
    const id = randomUUID()
    let stored = false
    let kept = false
    try {
      const file = await receiveUpload(c.req.raw, {
        maxBytes: Math.min(policy.maxBytesPerFile, deps.limits.maxUploadBytes),
        checkType: (filename, contentType) => {
          const refusal = attachmentPolicyRefusal(policy, [{ filename, contentType, size: 0 }])
          if (refusal !== null) throw refusal
        },
        store: async (bytes) => {
          stored = true
          await deps.attachments.put(actor.tenantId, id, bytes)
        },
      })
      const attachment = await engine.recordUpload(actor, { id, ...file })
      kept = true
      deps.onUploadSettled({ tenantId: actor.tenantId, attachmentId: id, outcome: "stored" })
      c.header("Location", `${c.req.path.replace(/\/$/, "")}/${id}`)
      return c.json(toAttachmentView(attachment), 201)
    } catch (error) {
      if (!kept) {
        if (stored) await deps.attachments.delete(actor.tenantId, id).catch(() => undefined)
        deps.onUploadSettled({ tenantId: actor.tenantId, attachmentId: id, outcome: "failed", error })
      }
      throw error
    }
  })

  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/attachments/{id}",
    operationId: "downloadAttachment",
    tags,
    summary: "Download a file",
    description:
      "The bytes of a file the actor may see: of a message on a visible ticket (internal notes' files are for the team only), or an upload of their own not yet linked. Raster images are served inline, everything else as a download; never as HTML or SVG.",
    request: { params: IdParam, query: z.object({ download: z.enum(["1", "true"]).optional().openapi({ description: "Force a download, even for images." }) }) },
    responses: {
      200: {
        description: "The file.",
        headers: { "Content-Disposition": { description: "RFC 6266, with the UTF-8 `filename*`.", schema: { type: "string" } } },
        content: { "application/octet-stream": { schema: binary } },
      },
      // 404 too when the file's bytes are gone from the attachment store.
      ...problemResponsesOf(declarations.getAttachment, { input: true }, 404),
    },
  })
  app.get("/v1/attachments/:id", async (c) => {
    const actor = requireActor(c)
    const attachment = await engine.getAttachment(actor, attachmentIdOf(c.req.param("id")))
    const bytes = await deps.attachments.get(actor.tenantId, attachment.id)
    if (bytes === null) throw new ApiProblem({ slug: "attachment-missing", status: 404, title: "File missing", detail: "The file's bytes are gone from the store" })
    const serving = servingOf(attachment.contentType)
    const forceDownload = c.req.query("download") !== undefined
    const etag = `"${attachment.sha256}"`
    const headers = {
      ...fileHeaders,
      "Content-Type": serving.contentType,
      "Content-Disposition": contentDisposition(serving.inline && !forceDownload ? "inline" : "attachment", attachment.filename),
      "Content-Length": String(attachment.size),
      ETag: etag,
    }
    if (c.req.header("If-None-Match") === etag) {
      await bytes.cancel()
      return c.body(null, 304, { ...fileHeaders, ETag: etag })
    }
    return c.body(bytes, 200, headers)
  })

  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/attachments/{id}/thumbnail",
    operationId: "attachmentThumbnail",
    tags,
    summary: "A thumbnail of an image",
    description: "A WebP thumbnail for image previews, under the same access rules as the download. Not an image: 415; without the optional `sharp` package installed on the server: 501.",
    request: { params: IdParam, query: ThumbnailQuery },
    responses: {
      200: { description: "The thumbnail.", content: { "image/webp": { schema: binary } } },
      // 415 for a file that is not an image, 501 without `sharp`.
      ...problemResponsesOf(declarations.getAttachment, { input: true }, 404, 415, 501),
    },
  })
  app.get("/v1/attachments/:id/thumbnail", async (c) => {
    const actor = requireActor(c)
    const query = ThumbnailQuery.safeParse({ size: c.req.query("size") })
    if (!query.success) throw validationFailed(query.error.issues)
    const attachment = await engine.getAttachment(actor, attachmentIdOf(c.req.param("id")))
    if (!thumbnailable.has(attachment.contentType)) {
      throw new ApiProblem({ slug: "not-an-image", status: 415, title: "Not an image", detail: `${attachment.contentType} files have no thumbnail` })
    }
    const stream = await deps.attachments.get(actor.tenantId, attachment.id)
    if (stream === null) throw new ApiProblem({ slug: "attachment-missing", status: 404, title: "File missing", detail: "The file's bytes are gone from the store" })
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
    const thumbnail = await makeThumbnail(bytes, Number(query.data.size ?? 256))
    return c.body(thumbnail, 200, {
      ...fileHeaders,
      "Content-Type": "image/webp",
      "Content-Disposition": contentDisposition("inline", `${attachment.filename}.webp`),
    })
  })
}
