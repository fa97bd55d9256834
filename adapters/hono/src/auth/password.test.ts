import { describe, expect, it } from "vitest"
import { defaultPasswordCost, hashPassword, verifyPassword } from "./password.ts"

describe("password hashing (scrypt)", () => {
  it("makes a PHC-style string with its parameters and a random salt", async () => {
    const hash = await hashPassword("correct horse", 4)
    expect(hash).toMatch(/^\$scrypt\$ln=4,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
    expect(await hashPassword("correct horse", 4)).not.toBe(hash)
  })

  it("verifies the right password only", async () => {
    const hash = await hashPassword("correct horse", 4)
    expect(await verifyPassword("correct horse", hash)).toBe(true)
    expect(await verifyPassword("correct horsE", hash)).toBe(false)
    expect(await verifyPassword("", hash)).toBe(false)
  })

  it("refuses malformed hashes and absurd parameters", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false)
    expect(await verifyPassword("x", "$scrypt$ln=30,r=8,p=1$AAAA$AAAA")).toBe(false)
    expect(await verifyPassword("x", "")).toBe(false)
  })

  it("uses OWASP's cost by default", async () => {
    expect(defaultPasswordCost).toBe(17)
    const hash = await hashPassword("demo-password")
    expect(hash.startsWith("$scrypt$ln=17,r=8,p=1$")).toBe(true)
    expect(await verifyPassword("demo-password", hash)).toBe(true)
  })
})
