import { fileTypeFromBuffer } from "file-type"

/** How many leading bytes `file-type` needs to recognise a format. */
export const sniffBytes = 4100

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false
  try {
    // A multi-byte character cut at the end of the sample is still text.
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)))
    return true
  } catch {
    return false
  }
}

/**
 * The content type of a file from its first bytes, never from the client: what `file-type`
 * recognises, else `text/plain` for UTF-8 text (HTML and SVG included: they are never served
 * as markup), else `application/octet-stream`.
 */
export async function sniffContentType(head: Uint8Array): Promise<string> {
  const found = await fileTypeFromBuffer(head)
  if (found !== undefined) return found.mime
  return looksLikeText(head) ? "text/plain" : "application/octet-stream"
}

/** Raster images a browser may show inline without running anything. */
const inlineImages = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp"])

/** Raster images sharp can make a thumbnail of. */
export const thumbnailable = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/tiff"])

/**
 * How a stored file is served: raster images inline, everything else as a download; markup
 * and script types (`text/html`, `image/svg+xml`, XML, JavaScript) only as opaque bytes.
 */
export function servingOf(stored: string): { readonly contentType: string; readonly inline: boolean } {
  if (inlineImages.has(stored)) return { contentType: stored, inline: true }
  if (stored === "text/plain") return { contentType: "text/plain; charset=utf-8", inline: false }
  if (stored.startsWith("text/") || stored.includes("xml") || stored.includes("html") || stored.includes("javascript") || stored.includes("ecmascript")) {
    return { contentType: "application/octet-stream", inline: false }
  }
  return { contentType: stored, inline: false }
}
