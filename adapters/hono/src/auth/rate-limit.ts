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
