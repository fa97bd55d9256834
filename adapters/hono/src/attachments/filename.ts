const maxFilenameBytes = 200

/**
 * A filename safe to store and to show: no path, no control or bidi-override characters, none
 * of `<>:"/\|?*`, no leading dots, not a reserved Windows device name, at most 200 UTF-8 bytes
 * (keeping the extension). An empty result becomes `file`.
 */
export function sanitizeFilename(raw: string): string {
  let name = raw.normalize("NFC")
  name = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1)
  name = name
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[<>:"/\\|?*`]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "")
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name)) name = `_${name}`
  if (name === "") return "file"
  return truncateBytes(name, maxFilenameBytes)
}

function truncateBytes(name: string, limit: number): string {
  const bytes = (text: string) => Buffer.byteLength(text, "utf8")
  if (bytes(name) <= limit) return name
  const dot = name.lastIndexOf(".")
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : ""
  let stem = [...name.slice(0, name.length - extension.length)]
  while (stem.length > 0 && bytes(stem.join("") + extension) > limit) stem = stem.slice(0, -1)
  return stem.join("") + extension
}

/** RFC 5987 / RFC 8187 percent-encoding of a UTF-8 value (`filename*`). */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * A `Content-Disposition` header per RFC 6266: an ASCII `filename` fallback and the UTF-8
 * `filename*`, from a sanitised name so no quote, backslash or line break can break out.
 */
export function contentDisposition(disposition: "inline" | "attachment", filename: string): string {
  const name = sanitizeFilename(filename)
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_")
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(name)}`
}
