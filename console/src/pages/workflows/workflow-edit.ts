import type { WorkflowDefinitionInput } from "@ticketflow/core"

/** A workflow being edited: the definition as written, before defaults. */
export type Draft = WorkflowDefinitionInput

/** Renames a status everywhere it is referenced: initial, transitions, triggers and timers. */
export function renameStatus(draft: Draft, from: string, to: string): Draft {
  if (from === to) return draft
  const swap = (key: string) => (key === from ? to : key)
  return {
    ...draft,
    initial: swap(draft.initial),
    statuses: draft.statuses.map((s) => (s.key === from ? { ...s, key: to } : s)),
    transitions: draft.transitions.map((t) => ({
      ...t,
      from: t.from === "*" ? "*" : t.from.map(swap),
      to: typeof t.to === "string" ? swap(t.to) : "branches" in t.to ? { branches: t.to.branches.map((b) => ({ ...b, to: swap(b.to) })) } : t.to,
    })),
    triggers: (draft.triggers ?? []).map((t) => ({ ...t, in: t.in.map(swap) })),
    timers: (draft.timers ?? []).map((t) => ({ ...t, in: swap(t.in) })),
  }
}

/** Adds a status with a fresh key in category open. */
export function addStatus(draft: Draft): { draft: Draft; key: string } {
  let n = draft.statuses.length + 1
  while (draft.statuses.some((s) => s.key === `status_${n}`)) n += 1
  const key = `status_${n}`
  return { key, draft: { ...draft, statuses: [...draft.statuses, { key, name: `Status ${n}`, category: "open", color: "#8c8c8c", labels: {} }] } }
}

/** Adds a transition between two statuses (from a drag on the diagram, or the first status). */
export function addTransition(draft: Draft, from?: string, to?: string): { draft: Draft; index: number } {
  const first = draft.statuses[0]?.key ?? "new"
  let n = draft.transitions.length + 1
  while (draft.transitions.some((t) => t.event === `EVENT_${n}`)) n += 1
  const transition = { event: `EVENT_${n}`, from: [from ?? first], to: to ?? first, actors: ["agent"], comment: "none" as const, labels: {} }
  return { index: draft.transitions.length, draft: { ...draft, transitions: [...draft.transitions, transition] } }
}

/** Removes a status and the transitions that only touched it. */
export function removeStatus(draft: Draft, key: string): Draft {
  return {
    ...draft,
    statuses: draft.statuses.filter((s) => s.key !== key),
    transitions: draft.transitions
      .map((t) => (t.from === "*" ? t : { ...t, from: t.from.filter((f) => f !== key) }))
      .filter((t) => (t.from === "*" || t.from.length > 0) && t.to !== key),
  }
}
