/** Operations per second of a loop body, as the median of several timed rounds after a warm-up. */
export async function opsPerSecond(body: () => unknown, options: { rounds?: number; roundMs?: number } = {}): Promise<number> {
  const rounds = options.rounds ?? 5
  const roundMs = options.roundMs ?? 1000
  const deadline = performance.now() + Math.min(roundMs / 2, 200)
  while (performance.now() < deadline) await body()
  const results: number[] = []
  for (let round = 0; round < rounds; round++) {
    let count = 0
    const start = performance.now()
    let elapsed = 0
    while (elapsed < roundMs) {
      for (let i = 0; i < 50; i++) await body()
      count += 50
      elapsed = performance.now() - start
    }
    results.push((count * 1000) / elapsed)
  }
  results.sort((a, b) => a - b)
  return results[Math.floor(results.length / 2)] ?? 0
}

/**
 * Operations per second of two loop bodies measured in alternating rounds, so that load from
 * elsewhere on the machine hits both alike; medians of each.
 */
export async function compareOpsPerSecond(
  ours: () => unknown,
  baseline: () => unknown,
  options: { rounds?: number; roundMs?: number } = {},
): Promise<{ ours: number; baseline: number }> {
  const rounds = options.rounds ?? 7
  const roundMs = options.roundMs ?? 500
  const oursResults: number[] = []
  const baselineResults: number[] = []
  await opsPerSecond(ours, { rounds: 1, roundMs })
  await opsPerSecond(baseline, { rounds: 1, roundMs })
  for (let round = 0; round < rounds; round++) {
    oursResults.push(await opsPerSecond(ours, { rounds: 1, roundMs }))
    baselineResults.push(await opsPerSecond(baseline, { rounds: 1, roundMs }))
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  return { ours: median(oursResults), baseline: median(baselineResults) }
}

/** One figure of a benchmark: printed readably, then as the JSON line DESIGN asks for. */
export interface Figure {
  readonly bench: string
  readonly name: string
  readonly ours: number
  readonly baseline: number
  readonly unit: string
  readonly p50?: number
  readonly p99?: number
}

/** Prints a figure and its ratio to the baseline measured in the same run. */
export function report(figure: Figure): void {
  const ratio = figure.baseline === 0 ? 0 : figure.ours / figure.baseline
  console.log(
    `${figure.bench} ${figure.name}: ours ${figure.ours.toFixed(0)} ${figure.unit}, baseline ${figure.baseline.toFixed(0)} ${figure.unit}, ratio ${ratio.toFixed(3)}`,
  )
  console.log(JSON.stringify({ ...figure, ratio: Number(ratio.toFixed(4)) }))
}
