import { appendFileSync, mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const stamp = new Date().toISOString().replace(/[:.]/g, "-")

/** Where this run saves its output, figures and plans (`bench/results/` is gitignored). */
export const resultsDir = join(import.meta.dirname, "..", "results", `pg-${stamp}`)

function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true })
}

/** Prints a readable line and keeps it in the run's `output.txt`. */
export function say(line: string): void {
  console.log(line)
  ensureDir(resultsDir)
  appendFileSync(join(resultsDir, "output.txt"), `${line}\n`)
}

/** Saves a file next to the run's results; answers its path. */
export function save(name: string, text: string): string {
  const path = join(resultsDir, name)
  ensureDir(join(path, ".."))
  writeFileSync(path, text)
  return path
}

/** One figure as DESIGN's JSON line, with what else helps to read it. */
export interface PgFigure {
  readonly bench: string
  readonly name: string
  readonly ours: number
  readonly baseline: number
  readonly unit: string
  readonly p50?: number | undefined
  readonly p99?: number | undefined
  readonly [extra: string]: unknown
}

const figures: string[] = []

/** Prints the JSON line of a figure (after its readable line) and keeps it for `figures.jsonl`. */
export function emit(figure: PgFigure): void {
  const ratio = figure.baseline === 0 ? 0 : figure.ours / figure.baseline
  const line = JSON.stringify({ ...figure, ratio: round(ratio, 4) })
  figures.push(line)
  say(line)
  save("figures.jsonl", `${figures.join("\n")}\n`)
}

/** A number rounded to `digits` decimals, for JSON lines that stay readable. */
export function round(value: number, digits = 3): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** A progress bar on stderr (a line per step when stderr is not a terminal). */
export function progress(label: string, total: number): { update(done: number, note?: string): void; done(note?: string): void } {
  const started = performance.now()
  const tty = process.stderr.isTTY === true
  let lastLine = 0
  const render = (done: number, note: string, final: boolean) => {
    const elapsed = (performance.now() - started) / 1000
    const share = total === 0 ? 1 : Math.min(1, done / total)
    const width = 30
    const filled = Math.round(share * width)
    const eta = share > 0 && share < 1 ? ` eta ${Math.round((elapsed / share) * (1 - share))}s` : ""
    const text = `${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${elapsed.toFixed(0)}s${eta}${note === "" ? "" : ` ${note}`}`
    if (tty) process.stderr.write(`\r${text}\u001b[K${final ? "\n" : ""}`)
    else if (final || performance.now() - lastLine > 5000) {
      process.stderr.write(`${text}\n`)
      lastLine = performance.now()
    }
  }
  return {
    update: (done, note = "") => render(done, note, false),
    done: (note = "") => render(total, note, true),
  }
}
