import { describe, expect, it } from "vitest"
import { contentDisposition, sanitizeFilename } from "./filename.ts"

describe("sanitizeFilename", () => {
  it.each([
    ["report.pdf", "report.pdf"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\bob\\evil.exe", "evil.exe"],
    ["<script>alert(1)</script>.html", "script_.html"],
    ["<img src=x onerror=alert(1)>.png", "_img src=x onerror=alert(1)_.png"],
    ['a"b.txt', "a_b.txt"],
    ["line\r\nbreak.txt", "linebreak.txt"],
    ["\u202Egnp.exe", "gnp.exe"],
    ["...hidden", "hidden"],
    ["trailing. . .", "trailing"],
    ["CON", "_CON"],
    ["lpt1.txt", "_lpt1.txt"],
    ["", "file"],
    ["   ", "file"],
    ["отчёт.txt", "отчёт.txt"],
  ])("%j → %j", (raw, safe) => {
    expect(sanitizeFilename(raw)).toBe(safe)
  })

  it("keeps at most 200 UTF-8 bytes and the extension", () => {
    const name = sanitizeFilename(`${"й".repeat(300)}.png`)
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200)
    expect(name.endsWith(".png")).toBe(true)
  })
})

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 filename* (RFC 6266)", () => {
    expect(contentDisposition("attachment", "résumé 100%.pdf")).toBe(`attachment; filename="r_sum_ 100_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20100%25.pdf`)
    expect(contentDisposition("inline", "it's (1).png")).toBe(`inline; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`)
  })

  it("cannot be broken out of by a hostile name", () => {
    const header = contentDisposition("attachment", 'x"; filename="evil.html\r\nSet-Cookie: a=b')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header.match(/"/g)).toHaveLength(2)
  })
})
