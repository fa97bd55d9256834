import { afterEach, describe, expect, it, vi } from "vitest"

afterEach(() => {
  vi.doUnmock("sharp")
  vi.resetModules()
})

describe("makeThumbnail without sharp (an optional peer)", () => {
  it("fails with 501 thumbnails-unavailable, not a crash", async () => {
    vi.resetModules()
    vi.doMock("sharp", () => {
      throw new Error("Cannot find package 'sharp'")
    })
    const { makeThumbnail } = await import("./thumbnail.ts")
    const { ApiProblem } = await import("../problem.ts")
    const failure = await makeThumbnail(new Uint8Array([1, 2, 3]), 64).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiProblem)
    expect(failure).toMatchObject({ slug: "thumbnails-unavailable", status: 501 })
  })
})
