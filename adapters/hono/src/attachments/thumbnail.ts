import { ApiProblem } from "../problem.ts"

/** The calls of sharp a thumbnail makes, typed here: sharp is an optional peer, no type of it leaks. */
interface SharpPipeline {
  rotate(): SharpPipeline
  resize(width: number, height: number, options: { fit: "inside"; withoutEnlargement: boolean }): SharpPipeline
  webp(options: { quality: number }): SharpPipeline
  toBuffer(): Promise<Uint8Array>
}
type Sharp = (input: Uint8Array, options: { limitInputPixels: number; failOn: "error"; animated: boolean }) => SharpPipeline

let loaded: Promise<Sharp | null> | null = null

/** sharp, when it is installed (it is an optional native peer dependency). */
function loadSharp(): Promise<Sharp | null> {
  loaded ??= import("sharp").then(
    (module): Sharp => module.default,
    () => null,
  )
  return loaded
}

/** The sizes a thumbnail comes in, pixels on its longer side. */
export const thumbnailSizes = [64, 128, 256, 512] as const

/**
 * A WebP thumbnail of an image, at most `size` pixels on its longer side. An image sharp
 * cannot decode is 415; without sharp installed, 501.
 */
export async function makeThumbnail(bytes: Uint8Array, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const sharp = await loadSharp()
  if (sharp === null) {
    throw new ApiProblem({ slug: "thumbnails-unavailable", status: 501, title: "Thumbnails unavailable", detail: "Install sharp to get image thumbnails" })
  }
  try {
    const output = await sharp(bytes, { limitInputPixels: 50_000_000, failOn: "error", animated: false })
      .rotate()
      .resize(size, size, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer()
    return new Uint8Array(output)
  } catch {
    throw new ApiProblem({ slug: "not-an-image", status: 415, title: "Not an image", detail: "The file cannot be read as an image" })
  }
}
