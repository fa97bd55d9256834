import { describe, expect, it } from "vitest"
import { tint } from "./status-tag.tsx"

describe("tint", () => {
  it("mixes a hex colour with white, keeping the given share of it", () => {
    expect(tint("#000000", 0.25)).toBe("rgb(191, 191, 191)")
    expect(tint("#fa8c16", 1)).toBe("rgb(250, 140, 22)")
    expect(tint("#f00", 0)).toBe("rgb(255, 255, 255)")
  })

  it("leaves other notations to CSS", () => {
    expect(tint("rebeccapurple", 0.14)).toBe("color-mix(in srgb, rebeccapurple 14%, white)")
  })
})
