import { randomUUID } from "node:crypto"
import { afterEach, beforeEach, describe, expect, it } from "./runner.ts"
import type { AuthStore, Session } from "../ports/auth-store.ts"

/** What `makeStore` hands the auth suite: a fresh, empty store, and how to release it. */
export interface AuthStoreUnderTest {
  readonly store: AuthStore
  /**
   * Stores that keep credentials only for users they know (a foreign key) create the tenant and
   * the user here before the suite gives them a password or a session.
   */
  readonly addUser?: ((tenantId: string, userId: string) => Promise<void>) | undefined
  readonly close?: (() => Promise<void>) | undefined
}

const at = (iso: string) => new Date(iso)

/**
 * Declares the `AuthStore` contract suite for one adapter; each test gets a fresh store.
 * Instants are written in `toISOString()` form, the form stores read them back in.
 * @example
 * authStoreContract("memory", async () => ({ store: createMemoryAuthStore() }))
 */
export function authStoreContract(name: string, makeStore: () => Promise<AuthStoreUnderTest>): void {
  let current: AuthStoreUnderTest | null = null
  const store = (): AuthStore => {
    if (current === null) throw new Error("The store is only available inside a test")
    return current.store
  }
  /** A user the store knows, in a tenant of its own unless one is given. */
  const user = async (tenantId: string = randomUUID()) => {
    const userId = randomUUID()
    await current?.addUser?.(tenantId, userId)
    return { tenantId, userId }
  }
  const session = (owner: { tenantId: string; userId: string }, expiresAt: string, createdAt = "2026-01-01T00:00:00.000Z"): Session => ({
    tokenHash: randomUUID().replaceAll("-", "").repeat(2),
    ...owner,
    createdAt,
    expiresAt,
  })

  describe(`AuthStore contract: ${name}`, () => {
    beforeEach(async () => {
      current = await makeStore()
    })
    afterEach(async () => {
      const closing = current
      current = null
      await closing?.close?.()
    })

    describe("passwords", () => {
      it("has no hash for a user who never set a password", async () => {
        const { tenantId, userId } = await user()
        expect(await store().getPasswordHash(tenantId, userId)).toBeNull()
      })

      it("keeps one hash per user, replaced when set again", async () => {
        const ada = await user()
        const bob = await user(ada.tenantId)
        await store().setPasswordHash(ada.tenantId, ada.userId, "$scrypt$first")
        await store().setPasswordHash(bob.tenantId, bob.userId, "$scrypt$bob")
        await store().setPasswordHash(ada.tenantId, ada.userId, "$scrypt$second")
        expect(await store().getPasswordHash(ada.tenantId, ada.userId)).toBe("$scrypt$second")
        expect(await store().getPasswordHash(bob.tenantId, bob.userId)).toBe("$scrypt$bob")
      })

      it("scopes a hash by tenant", async () => {
        const ada = await user()
        const elsewhere = await user()
        await store().setPasswordHash(ada.tenantId, ada.userId, "$scrypt$ada")
        expect(await store().getPasswordHash(elsewhere.tenantId, ada.userId)).toBeNull()
      })
    })

    describe("sessions", () => {
      it("finds a session by its token hash until it expires", async () => {
        const owner = await user()
        const created = session(owner, "2026-01-01T08:00:00.000Z")
        await store().createSession(created)
        expect(await store().findSession(created.tokenHash, at("2026-01-01T07:59:59.999Z"))).toEqual(created)
        expect(await store().findSession(created.tokenHash, at("2026-01-01T08:00:00.000Z"))).toBeNull()
        expect(await store().findSession(created.tokenHash, at("2026-01-02T00:00:00.000Z"))).toBeNull()
      })

      it("finds nothing for an unknown token hash", async () => {
        expect(await store().findSession("0".repeat(64), at("2026-01-01T00:00:00.000Z"))).toBeNull()
      })

      it("keeps several sessions of one user apart, and deletes one without the others", async () => {
        const owner = await user()
        const phone = session(owner, "2026-02-01T00:00:00.000Z")
        const laptop = session(owner, "2026-03-01T00:00:00.000Z")
        await store().createSession(phone)
        await store().createSession(laptop)
        await store().deleteSession(phone.tokenHash)
        const now = at("2026-01-15T00:00:00.000Z")
        expect(await store().findSession(phone.tokenHash, now)).toBeNull()
        expect(await store().findSession(laptop.tokenHash, now)).toEqual(laptop)
      })

      it("deletes an unknown session without complaint", async () => {
        await expect(store().deleteSession("f".repeat(64))).resolves.toBeUndefined()
      })

      it("revokes every session of one user, counts them, and leaves other users' alone", async () => {
        const ada = await user()
        const bob = await user(ada.tenantId)
        const adas = [session(ada, "2026-02-01T00:00:00.000Z"), session(ada, "2026-03-01T00:00:00.000Z")]
        const bobs = session(bob, "2026-02-01T00:00:00.000Z")
        for (const s of [...adas, bobs]) await store().createSession(s)
        const now = at("2026-01-15T00:00:00.000Z")
        expect(await store().revokeSessions(ada.tenantId, ada.userId)).toBe(2)
        for (const s of adas) expect(await store().findSession(s.tokenHash, now)).toBeNull()
        expect(await store().findSession(bobs.tokenHash, now)).toEqual(bobs)
        expect(await store().revokeSessions(ada.tenantId, ada.userId)).toBe(0)
      })

      it("revokes all but the session it is told to keep", async () => {
        const ada = await user()
        const kept = session(ada, "2026-02-01T00:00:00.000Z")
        const others = [session(ada, "2026-02-01T00:00:00.000Z"), session(ada, "2026-03-01T00:00:00.000Z")]
        for (const s of [kept, ...others]) await store().createSession(s)
        const now = at("2026-01-15T00:00:00.000Z")
        expect(await store().revokeSessions(ada.tenantId, ada.userId, { except: kept.tokenHash })).toBe(2)
        expect(await store().findSession(kept.tokenHash, now)).toEqual(kept)
        for (const s of others) expect(await store().findSession(s.tokenHash, now)).toBeNull()
      })

      it("scopes a revocation by tenant", async () => {
        const ada = await user()
        const sameIdElsewhere = { tenantId: randomUUID(), userId: ada.userId }
        await current?.addUser?.(sameIdElsewhere.tenantId, sameIdElsewhere.userId)
        const hers = session(ada, "2026-02-01T00:00:00.000Z")
        const theirs = session(sameIdElsewhere, "2026-02-01T00:00:00.000Z")
        for (const s of [hers, theirs]) await store().createSession(s)
        expect(await store().revokeSessions(ada.tenantId, ada.userId)).toBe(1)
        expect(await store().findSession(theirs.tokenHash, at("2026-01-15T00:00:00.000Z"))).toEqual(theirs)
      })

      it("sets a password and revokes the other sessions at once; without `revoke`, keeps them", async () => {
        const ada = await user()
        const mine = session(ada, "2026-02-01T00:00:00.000Z")
        const other = session(ada, "2026-02-01T00:00:00.000Z")
        for (const s of [mine, other]) await store().createSession(s)
        const now = at("2026-01-15T00:00:00.000Z")
        await store().setPasswordHash(ada.tenantId, ada.userId, "$scrypt$seeded")
        expect(await store().findSession(other.tokenHash, now)).toEqual(other)
        await store().setPasswordHash(ada.tenantId, ada.userId, "$scrypt$changed", { except: mine.tokenHash })
        expect(await store().getPasswordHash(ada.tenantId, ada.userId)).toBe("$scrypt$changed")
        expect(await store().findSession(mine.tokenHash, now)).toEqual(mine)
        expect(await store().findSession(other.tokenHash, now)).toBeNull()
        await store().setPasswordHash(ada.tenantId, ada.userId, "$scrypt$reset", {})
        expect(await store().findSession(mine.tokenHash, now)).toBeNull()
      })

      it("deletes the sessions expired at `now`, counts them, and keeps the live ones", async () => {
        const ada = await user()
        const bob = await user()
        const expired = session(ada, "2026-01-01T10:00:00.000Z")
        const expiringNow = session(bob, "2026-01-01T12:00:00.000Z")
        const live = session(bob, "2026-01-01T12:00:00.001Z")
        for (const s of [expired, expiringNow, live]) await store().createSession(s)
        const now = at("2026-01-01T12:00:00.000Z")
        expect(await store().deleteExpiredSessions(now)).toBe(2)
        expect(await store().deleteExpiredSessions(now)).toBe(0)
        expect(await store().findSession(live.tokenHash, at("2026-01-01T11:00:00.000Z"))).toEqual(live)
        expect(await store().findSession(expired.tokenHash, at("2026-01-01T09:00:00.000Z"))).toBeNull()
      })
    })
  })
}
