import { readFileSync } from "node:fs"

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
}

interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: ReadonlyArray<number>
}

/** The parts of a V8 `.cpuprofile` (as `node --cpu-prof` writes it) the summary reads. */
interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

/** Where a frame's code lives: a package in node_modules, a workspace folder, Node itself, or V8's own buckets. */
export function codeOwner(frame: CallFrame): string {
  const { url, functionName } = frame
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)"
  if (url.startsWith("node:")) return "node"
  const modules = url.lastIndexOf("/node_modules/")
  if (modules >= 0) {
    const parts = url.slice(modules + "/node_modules/".length).split("/")
    return (parts[0]?.startsWith("@") === true ? `${parts[0]}/${parts[1] ?? ""}` : parts[0]) ?? url
  }
  const workspace = /\/(core|console|bench|adapters\/[^/]+|examples\/[^/]+)\/src\//.exec(url)
  return workspace?.[1] ?? url
}

function frameLabel(frame: CallFrame): string {
  const file = frame.url.replace(/^.*\/node_modules\//, "").replace(/^file:\/\/.*?\/(core|adapters|examples|bench)\//, "$1/")
  return `${frame.functionName === "" ? "(anonymous)" : frame.functionName} ${file}:${frame.lineNumber + 1}`
}

/** Shares of a profile's time, by owner and by function, for the benchmark's report. */
export interface ProfileSummary {
  readonly totalMs: number
  /** Self time by owner (package, workspace folder, `node`, `(garbage collector)`, `(idle)`), largest first. */
  readonly selfByOwner: ReadonlyArray<{ owner: string; ms: number; share: number }>
  /** Self time by function, largest first. */
  readonly selfByFunction: ReadonlyArray<{ frame: string; ms: number; share: number }>
  /** Time with the function anywhere on the stack (each sample counted once a function), largest first. */
  readonly inclusiveByFunction: ReadonlyArray<{ frame: string; ms: number; share: number }>
}

/** Summarises a `.cpuprofile` file: where the process spent its time, `top` rows a table. */
export function summariseProfile(path: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

  const selfMs = new Map<number, number>()
  let totalMs = 0
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000
    totalMs += ms
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms)
  })

  const owners = new Map<string, number>()
  const selfFunctions = new Map<string, number>()
  const inclusive = new Map<string, number>()
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)
    if (node === undefined) continue
    const owner = codeOwner(node.callFrame)
    owners.set(owner, (owners.get(owner) ?? 0) + ms)
    const label = frameLabel(node.callFrame)
    selfFunctions.set(label, (selfFunctions.get(label) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame
      if (frame === undefined || frame.url === "") continue
      const stackLabel = frameLabel(frame)
      if (seen.has(stackLabel)) continue
      seen.add(stackLabel)
      inclusive.set(stackLabel, (inclusive.get(stackLabel) ?? 0) + ms)
    }
  }
  const rank = <K extends string>(map: Map<string, number>, key: K) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ [key]: name, ms: Math.round(ms), share: totalMs === 0 ? 0 : Math.round((ms / totalMs) * 1000) / 1000 }) as Record<K, string> & { ms: number; share: number })
  return {
    totalMs: Math.round(totalMs),
    selfByOwner: rank(owners, "owner"),
    selfByFunction: rank(selfFunctions, "frame"),
    inclusiveByFunction: rank(inclusive, "frame"),
  }
}

/** The summary as readable lines. */
export function formatProfileSummary(summary: ProfileSummary): string {
  const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`
  return [
    `total ${summary.totalMs} ms sampled`,
    "self time by owner:",
    ...summary.selfByOwner.map((row) => `  ${pct(row.share)}  ${row.owner}`),
    "self time by function:",
    ...summary.selfByFunction.map((row) => `  ${pct(row.share)}  ${row.frame}`),
    "inclusive time by function:",
    ...summary.inclusiveByFunction.map((row) => `  ${pct(row.share)}  ${row.frame}`),
  ].join("\n")
}
