import { randomBytes, scrypt, timingSafeEqual } from "node:crypto"

/** scrypt's cost as log2(N): 2^17 with r=8, p=1 is OWASP's recommendation. */
export const defaultPasswordCost = 17

const blockSize = 8
const parallelism = 1
const keyLength = 32

function derive(password: string, salt: Buffer, cost: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** cost
  return new Promise((resolve, reject) => {
    // scrypt needs 128·N·r bytes; leave headroom above it.
    scrypt(password.normalize("NFKC"), salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error === null ? resolve(key) : reject(error),
    )
  })
}

/**
 * Hashes a password with node's scrypt into a PHC-style string that carries its parameters:
 * `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64, no padding).
 *
 * @param cost log2 of scrypt's N; lower only in tests.
 */
export async function hashPassword(password: string, cost: number = defaultPasswordCost): Promise<string> {
  const salt = randomBytes(16)
  const hash = await derive(password, salt, cost, blockSize, parallelism)
  return `$scrypt$ln=${cost},r=${blockSize},p=${parallelism}$${salt.toString("base64url")}$${hash.toString("base64url")}`
}

const phc = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/

/** Whether the password matches a hash made by `hashPassword`, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = phc.exec(stored)
  if (match === null) return false
  const [, ln, r, p, salt, hash] = match
  const cost = Number(ln)
  if (cost < 1 || cost > 20) return false
  const expected = Buffer.from(hash ?? "", "base64url")
  const actual = await derive(password, Buffer.from(salt ?? "", "base64url"), cost, Number(r), Number(p))
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

const decoys = new Map<number, Promise<string>>()

/**
 * Spends the time of a verification when there is no hash to check (unknown email), so that
 * response times do not tell which accounts exist.
 */
export async function verifyNothing(password: string, cost: number): Promise<false> {
  let decoy = decoys.get(cost)
  if (decoy === undefined) {
    decoy = hashPassword("decoy password", cost)
    decoys.set(cost, decoy)
  }
  await verifyPassword(password, await decoy)
  return false
}
