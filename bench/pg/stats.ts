/** The `share` quantile (0..1) of sorted samples, nearest rank. */
export function quantile(sorted: ReadonlyArray<number>, share: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.ceil(share * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0
}

/** p50 and p99 of unsorted samples. */
export function percentiles(samples: ReadonlyArray<number>): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) }
}

/** The median of unsorted values. */
export function median(values: ReadonlyArray<number>): number {
  return quantile([...values].sort((a, b) => a - b), 0.5)
}
