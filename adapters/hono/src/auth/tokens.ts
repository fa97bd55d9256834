import { createHash, randomBytes } from "node:crypto"

/** A new opaque bearer token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url")
}

/** What the `AuthStore` keeps of a token: its sha256, hex. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}
