import type { WorkflowDefinition } from "../definition.ts"
import { directTargets, sourceStatuses, statusesLeadingTo } from "../targets.ts"

/** The statuses each status leads to. */
export type Adjacency = ReadonlyMap<string, ReadonlySet<string>>

/** Edges between known statuses; a `previous` target from S leads to every status that leads into S (when included). */
export function buildAdjacency(definition: WorkflowDefinition, known: (key: string) => boolean, includePrevious: boolean): Adjacency {
  const edges = new Map<string, Set<string>>()
  const leadingTo = new Map<string, string[]>()
  for (const transition of definition.transitions) {
    const direct = directTargets(transition.to)
    for (const from of sourceStatuses(definition, transition)) {
      if (!known(from)) continue
      let targets: string[]
      if (direct === "previous") {
        if (!includePrevious) continue
        const cached = leadingTo.get(from) ?? statusesLeadingTo(definition, from)
        leadingTo.set(from, cached)
        targets = cached
      } else {
        targets = direct
      }
      let set = edges.get(from)
      if (set === undefined) {
        set = new Set()
        edges.set(from, set)
      }
      for (const to of targets) if (known(to)) set.add(to)
    }
  }
  return edges
}

/** The same edges, each pointing the other way. */
export function reverse(adjacency: Adjacency): Adjacency {
  const reversed = new Map<string, Set<string>>()
  for (const [from, targets] of adjacency) {
    for (const to of targets) {
      let set = reversed.get(to)
      if (set === undefined) {
        set = new Set()
        reversed.set(to, set)
      }
      set.add(from)
    }
  }
  return reversed
}

/** Every status reachable from `starts` (themselves included). */
export function reachableFrom(starts: ReadonlyArray<string>, adjacency: Adjacency): Set<string> {
  const seen = new Set(starts)
  const queue = [...starts]
  for (let i = 0; i < queue.length; i++) {
    for (const to of adjacency.get(queue[i] ?? "") ?? []) {
      if (!seen.has(to)) {
        seen.add(to)
        queue.push(to)
      }
    }
  }
  return seen
}
