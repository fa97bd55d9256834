/** What a sliding window answers: allowed, or how long until it would be. */
export type WindowVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number }

/** Counts hits per key within a sliding window. */
export interface SlidingWindow {
  /** Whether one more hit for the key would stay within the limit. */
  check(key: string): WindowVerdict
  /** Records a hit for the key. */
  hit(key: string): void
  /** Forgets the key's hits (a successful login clears its failures). */
  reset(key: string): void
}

/**
 * An in-memory sliding-window counter: at most `limit` hits per key in any `windowMs`. Keys
 * beyond `maxKeys` evict the oldest, so a flood of addresses cannot grow it without bound.
 */
export function slidingWindow(options: { limit: number; windowMs: number; now: () => number; maxKeys?: number }): SlidingWindow {
  const hits = new Map<string, number[]>()
  const maxKeys = options.maxKeys ?? 10_000

  const recent = (key: string): number[] => {
    const since = options.now() - options.windowMs
    const kept = (hits.get(key) ?? []).filter((at) => at > since)
    if (kept.length === 0) hits.delete(key)
    else hits.set(key, kept)
    return kept
  }

  return {
    check(key) {
      const kept = recent(key)
      if (kept.length < options.limit) return { allowed: true }
      const oldest = kept[kept.length - options.limit] ?? options.now()
      return { allowed: false, retryAfterMs: Math.max(1, oldest + options.windowMs - options.now()) }
    },
    hit(key) {
      const kept = recent(key)
      kept.push(options.now())
      hits.delete(key)
      hits.set(key, kept)
      while (hits.size > maxKeys) {
        const first = hits.keys().next()
        if (first.done === true) break
        hits.delete(first.value)
      }
    },
    reset(key) {
      hits.delete(key)
    },
  }
}

/*
 * Login throttling: the device-cookie scheme of OWASP's "Slow Down Online Guessing Attacks with
 * Device Cookies" (referred to by its Authentication Cheat Sheet, "Account Lockout"), with the
 * client address plus an address's earlier success as the device, so that throttling slows a
 * guesser down without locking the account's owner out. Only failures count, in sliding windows
 * of `windowMs` (15 min); a refused attempt is 429 with `Retry-After` (until the window frees a
 * slot), runs no password hash and counts as nothing.
 *
 * 1. Per account and address: `failuresPerAccount` (10) failures of one account (tenant +
 *    lowercased email) from one address refuse that account from that address only. The owner
 *    at any other address is unaffected. A success from the address clears this count.
 * 2. Per account from new addresses: `failuresPerAccountFromNewAddresses` (100) failures of one
 *    account from addresses it never logged in from refuse the account from new addresses (a
 *    guesser spread over many addresses). An address the account logged in from successfully
 *    in the last `knownAddressMs` (30 days) is known and is not refused by this count, nor
 *    counted in it. A success does not clear it (it is not the guesser's).
 * 3. Per address: `failuresPerAddress` (100) failures from one address, over all accounts,
 *    refuse the address (one host trying many accounts). Successes neither count nor clear it,
 *    so a guesser cannot reset its budget by logging in to an account of its own.
 *
 * The address is the socket's unless `trustProxy` says which `X-Forwarded-For` entry to use.
 * Counters live in process memory, each bounded to `maxKeys` keys (oldest forgotten first);
 * several API processes each count on their own. Not covered: a guesser sharing the owner's
 * address (same NAT) shares its count 1 there; the owner still gets in from any other address.
 */

/** Options of `loginThrottle`: the limits of the scheme above. */
export interface LoginThrottleOptions {
  readonly failuresPerAccount: number
  readonly failuresPerAccountFromNewAddresses: number
  readonly failuresPerAddress: number
  readonly windowMs: number
  readonly knownAddressMs: number
  readonly now: () => number
  readonly maxKeys?: number
}

/** The login throttle: asked before a password check, told its outcome after. */
export interface LoginThrottle {
  /** Whether a login of the account from the address may be tried now. */
  check(account: string, address: string): WindowVerdict
  /** Records a failed login (wrong password, unknown email, inactive user). */
  failed(account: string, address: string): void
  /** Records a successful login: the address becomes known for the account. */
  succeeded(account: string, address: string): void
}

/**
 * The throttle of the scheme described above this function, in process memory.
 *
 * @example
 * const throttle = loginThrottle({ failuresPerAccount: 10, failuresPerAccountFromNewAddresses: 100, failuresPerAddress: 100, windowMs: 900_000, knownAddressMs: 2_592_000_000, now: Date.now })
 */
export function loginThrottle(options: LoginThrottleOptions): LoginThrottle {
  const { now, windowMs } = options
  const maxKeys = options.maxKeys ?? 10_000
  const byAccountAddress = slidingWindow({ limit: options.failuresPerAccount, windowMs, now, maxKeys })
  const byAccountFromNew = slidingWindow({ limit: options.failuresPerAccountFromNewAddresses, windowMs, now, maxKeys })
  const byAddress = slidingWindow({ limit: options.failuresPerAddress, windowMs, now, maxKeys })
  const known = new Map<string, number>()
  const pair = (account: string, address: string) => JSON.stringify([account, address])
  const isKnown = (key: string) => {
    const at = known.get(key)
    if (at === undefined) return false
    if (now() - at < options.knownAddressMs) return true
    known.delete(key)
    return false
  }

  return {
    check(account, address) {
      const key = pair(account, address)
      const verdicts = [byAddress.check(address), byAccountAddress.check(key), ...(isKnown(key) ? [] : [byAccountFromNew.check(account)])]
      const refused = verdicts.filter((verdict): verdict is Extract<WindowVerdict, { allowed: false }> => !verdict.allowed)
      if (refused.length === 0) return { allowed: true }
      return { allowed: false, retryAfterMs: Math.max(...refused.map((verdict) => verdict.retryAfterMs)) }
    },
    failed(account, address) {
      const key = pair(account, address)
      byAddress.hit(address)
      byAccountAddress.hit(key)
      if (!isKnown(key)) byAccountFromNew.hit(account)
    },
    succeeded(account, address) {
      const key = pair(account, address)
      byAccountAddress.reset(key)
      known.delete(key)
      known.set(key, now())
      while (known.size > maxKeys) {
        const first = known.keys().next()
        if (first.done === true) break
        known.delete(first.value)
      }
    },
  }
}
