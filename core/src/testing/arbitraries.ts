import fc from "fast-check"
import type { StatusCategory } from "../domain/ticket.ts"
import { actorRoles, guardNames } from "../workflow/definition.ts"
import type {
  ActorRole,
  ResolutionRule,
  StatusDefinition,
  Target,
  TimerDefinition,
  TransitionDefinition,
  TriggerDefinition,
  WorkflowDefinition,
} from "../workflow/definition.ts"
import { validateWorkflow } from "../workflow/validate.ts"

/** How many runs a property makes: `TICKETFLOW_PROPERTY_RUNS` (default 200) raises or lowers it for every property at once. */
export function propertyRuns(fallback = 200): number {
  const raw = Number(process.env.TICKETFLOW_PROPERTY_RUNS)
  return Number.isInteger(raw) && raw > 0 ? raw : fallback
}

/** Options of `arbitraryWorkflow`. */
export interface WorkflowArbitraryOptions {
  /** The generated workflow's key; `generated` by default. */
  readonly key?: string
}

// Status keys per category; the pools also bound how many statuses a workflow gets.
const statusPools: Readonly<Record<StatusCategory, ReadonlyArray<string>>> = {
  new: ["new", "draft"],
  open: ["in_queue", "in_progress", "escalated", "reopened"],
  pending: ["needs_info", "awaiting_customer", "on_hold"],
  closed: ["closed", "cancelled"],
}
const colors: Readonly<Record<StatusCategory, string>> = { new: "#1677ff", open: "#fa8c16", pending: "#722ed1", closed: "#52c41a" }
const eventPool = ["START", "TRIAGE", "ESCALATE", "HOLD", "RESUME", "SUBMIT", "APPROVE", "RESOLVE", "FINISH", "CANCEL"] as const
const humanRoles = ["requester_side", "agent", "admin"] as const satisfies ReadonlyArray<ActorRole>
const timerDurations = ["PT1H", "PT4H", "P1D", "P3D", "P7D"] as const

/**
 * Workflow definitions that pass `validateWorkflow`, built constructively: statuses in the four
 * categories, a spanning tree from the initial status to every status, a path from every open
 * status to a closed one, optional reopening, extra transitions (any role, guarded branches,
 * `{ previous: true }` targets), triggers and timers fired by system transitions. The final
 * `filter` is a safety net that should almost never reject.
 *
 * @example
 * fc.assert(fc.property(arbitraryWorkflow(), (definition) => validateWorkflow(definition).ok))
 */
export function arbitraryWorkflow(options: WorkflowArbitraryOptions = {}): fc.Arbitrary<WorkflowDefinition> {
  return fc
    .gen()
    .map((g) => buildWorkflow(g, options.key ?? "generated"))
    .filter((definition) => validateWorkflow(definition).ok)
}

/** Builds one workflow from the choices `g` draws (fast-check shrinks those choices). */
function buildWorkflow(g: fc.GeneratorValue, key: string): WorkflowDefinition {
  const count = (category: StatusCategory, min: number) =>
    g(fc.integer, { min, max: statusPools[category].length })
  const statuses: StatusDefinition[] = []
  for (const [category, min] of [
    ["new", 1],
    ["open", 0],
    ["pending", 0],
    ["closed", 1],
  ] as const) {
    for (const statusKey of statusPools[category].slice(0, count(category, min))) {
      statuses.push({ key: statusKey, category, name: statusKey.replace(/_/g, " "), labels: {}, color: colors[category] })
    }
  }
  const initial = "new"
  const categoryOf = new Map(statuses.map((s) => [s.key, s.category]))
  const isClosed = (status: string) => categoryOf.get(status) === "closed"
  const keys = statuses.map((s) => s.key)
  const closed = keys.filter(isClosed)
  const notClosed = keys.filter((k) => !isClosed(k))
  const pick = <T>(items: ReadonlyArray<T>): T => {
    const item = items[g(fc.nat, { max: items.length - 1 })]
    if (item === undefined) throw new Error("pick from an empty list")
    return item
  }
  const chance = (percent: number) => g(fc.integer, { min: 1, max: 100 }) <= percent

  const transitions: TransitionDefinition[] = []
  // (source, event) pairs taken: an event is unique per source status.
  const taken = new Set<string>()
  const sourcesOf = (from: ReadonlyArray<string> | "*") => (from === "*" ? notClosed : from)
  const eventFor = (from: ReadonlyArray<string> | "*", preferred: string): string => {
    const free = (name: string) => sourcesOf(from).every((s) => !taken.has(`${s}\u0000${name}`))
    let name = preferred
    for (let n = 2; !free(name); n++) name = `${preferred}_${n}`
    return name
  }
  const add = (transition: Omit<TransitionDefinition, "event" | "labels" | "assignActor"> & {
    readonly event: string
    readonly assignActor?: boolean
  }): string => {
    const event = eventFor(transition.from, transition.event)
    for (const s of sourcesOf(transition.from)) taken.add(`${s}\u0000${event}`)
    transitions.push({ ...transition, event, assignActor: transition.assignActor ?? false, labels: {} })
    return event
  }
  const humanActors = (): string[] => {
    const roles: string[] = g(fc.subarray, [...humanRoles], { minLength: 1 })
    return chance(15) ? [...roles, "system"] : roles
  }
  const anyActors = (): string[] => g(fc.subarray, [...actorRoles], { minLength: 1 })
  const comment = (): TransitionDefinition["comment"] => pick(["required", "optional", "none"] as const)
  const resolutionInto = (target: string): ResolutionRule | undefined => {
    if (!isClosed(target) || chance(40)) return undefined
    return chance(50)
      ? "resolved"
      : { default: "resolved", requesterSide: "withdrawn", choices: ["resolved", "withdrawn", "duplicate"] }
  }
  const human = (from: string[] | "*", to: Target, event: string) => {
    const direct = typeof to === "string" ? to : "branches" in to ? to.branches.at(-1)?.to : undefined
    add({
      event,
      from,
      to,
      actors: humanActors(),
      comment: comment(),
      assignActor: chance(30),
      resolution: direct === undefined ? undefined : resolutionInto(direct),
    })
  }

  if (chance(40)) human("*", pick(closed), "CLOSE")

  // A spanning tree: every status gets a parent among the open statuses placed before it.
  const order = [initial, ...g(fc.shuffledSubarray, keys.filter((k) => k !== initial), { minLength: keys.length - 1 })]
  const placed: string[] = [initial]
  const leadsInto = new Set<string>()
  for (const child of order.slice(1)) {
    const parent = pick(placed.filter((s) => !isClosed(s)))
    const target: Target = chance(25)
      ? { branches: [{ when: pick(guardNames), to: pick(keys) }, { to: child }] }
      : child
    human([parent], target, pick(eventPool))
    leadsInto.add(child)
    placed.push(child)
  }

  // Every open status reaches a closed one: link it to a status that already does.
  const reachesClosed = (): Set<string> => {
    const reached = new Set(closed)
    for (let grew = true; grew; ) {
      grew = false
      for (const t of transitions) {
        const targets = typeof t.to === "string" ? [t.to] : "branches" in t.to ? t.to.branches.map((b) => b.to) : []
        for (const from of sourcesOf(t.from)) {
          if (!reached.has(from) && targets.some((to) => reached.has(to))) {
            reached.add(from)
            grew = true
          }
        }
      }
    }
    return reached
  }
  for (const status of g(fc.shuffledSubarray, notClosed, { minLength: notClosed.length })) {
    const reached = reachesClosed()
    if (!reached.has(status)) human([status], pick([...reached]), pick(["RESOLVE", "FINISH", "CANCEL"]))
  }

  // Reopening: once one closed status can be left, every closed status must have a way back.
  const reopen = chance(50)
  if (reopen) {
    for (const status of closed) {
      add({
        event: "REOPEN",
        from: [status],
        to: pick(notClosed),
        actors: humanActors(),
        comment: comment(),
        within: chance(50) ? "P30D" : undefined,
      })
    }
  }

  const sources = reopen ? keys : notClosed
  const extras = g(fc.integer, { min: 0, max: 4 })
  for (let i = 0; i < extras; i++) {
    const from = pick(sources)
    const back = leadsInto.has(from) && chance(25)
    const to: Target = back
      ? { previous: true }
      : chance(20)
        ? { branches: [{ when: pick(guardNames), to: pick(keys) }, { to: pick(keys) }] }
        : pick(keys)
    const direct = typeof to === "string" ? to : "branches" in to ? to.branches.at(-1)?.to : undefined
    add({
      event: pick(eventPool),
      from: [from],
      to,
      actors: anyActors(),
      comment: comment(),
      assignActor: chance(20),
      resolution: direct === undefined ? undefined : resolutionInto(direct),
    })
  }

  // Triggers and timers fire system transitions, which never require a comment: the system has none to give.
  const triggers: TriggerDefinition[] = []
  if (chance(40)) {
    const status = pick(notClosed)
    const fire = add({
      event: "REPLIED",
      from: [status],
      to: leadsInto.has(status) && chance(70) ? { previous: true } : pick(keys),
      actors: chance(70) ? ["system"] : ["system", "agent"],
      comment: pick(["optional", "none"] as const),
    })
    triggers.push({ on: "public_reply", by: chance(75) ? "requester_side" : "agent", in: [status], fire })
  }
  const timers: TimerDefinition[] = []
  const timed: string[] = g(fc.subarray, notClosed, { maxLength: Math.min(2, notClosed.length) })
  for (const status of timed) {
    const to = pick(closed)
    const fire = add({
      event: "AUTO_CLOSE",
      from: [status],
      to,
      actors: chance(70) ? ["system"] : ["system", "agent"],
      comment: pick(["optional", "none"] as const),
      resolution: chance(50) ? "auto_accepted" : undefined,
    })
    timers.push({ in: status, after: pick(timerDurations), clock: chance(70) ? "calendar" : "business", fire })
  }

  return {
    key,
    version: 1,
    name: "Generated workflow",
    labels: {},
    initial,
    descriptionLock: chance(30) ? "on_create" : "on_leaving_new",
    statuses,
    transitions,
    triggers,
    timers,
  }
}
