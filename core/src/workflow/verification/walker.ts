import type { WorkflowProblem } from "../../errors.ts"
import { actsForTeam } from "../../policy/roles.ts"
import { durationToMillis } from "../../sla/duration.ts"
import type { CompiledWorkflow, WorkflowFacts } from "../compile.ts"
import type { ActorRole, TransitionDefinition, WorkflowDefinition } from "../definition.ts"
import { possibleTargets, sourceStatuses } from "../targets.ts"
import type { VerifyWorkflowOptions } from "./options.ts"
import { mulberry32 } from "./seeded-random.ts"

/** What the walks track of a ticket: exactly what the machine's guards read. */
interface WalkedTicket {
  readonly status: string
  readonly previousStatus: string | null
  readonly assigned: boolean
  readonly dated: boolean
  readonly enteredAt: number
}

/** Where a walk saw an edge it did not take: the ticket, and when. */
interface Place {
  readonly ticket: WalkedTicket
  readonly at: number
  readonly edge: string
}

/** A step a walk may take: an event fired with some roles, and where the machine leads. */
interface Move {
  readonly roles: ReadonlyArray<ActorRole>
  readonly transition: TransitionDefinition
  readonly target: string
  /** The edge it takes: source, event and target. */
  readonly edge: string
}

// The role sets the engine hands the machine for people: a customer, an agent, an admin.
const peopleRoles: ReadonlyArray<ReadonlyArray<ActorRole>> = [["requester_side"], ["agent"], ["admin", "agent"]]
const start = Date.parse("2026-01-05T10:00:00.000Z")
const minute = 60_000
const day = 24 * 60 * minute

/**
 * The seeded random walks of `verifyWorkflow` over a compiled workflow: `run` takes them and
 * returns every problem found; `visited` counts the entries into each status.
 */
export class Walker {
  readonly visited = new Map<string, number>()
  private readonly workflow: CompiledWorkflow
  private readonly definition: WorkflowDefinition
  private readonly random: () => number
  private readonly walks: number
  private readonly maxSteps: number
  private readonly varyFacts: boolean
  private readonly problems: WorkflowProblem[] = []
  private readonly stuck = new Set<string>()
  private readonly broken = new Set<string>()
  private readonly cache = new Map<string, ReadonlyArray<Move>>()
  private readonly windows = new Map<string, ReadonlyArray<number>>()
  // Moves are cached per situation, so each is checked against the definition once.
  private readonly checked = new Map<Move, boolean>()
  // Edges walks took, and where they saw the ones no walk took yet: later walks resume there.
  private readonly taken = new Set<string>()
  private readonly untried = new Map<string, Place>()

  constructor(workflow: CompiledWorkflow, options: VerifyWorkflowOptions) {
    this.workflow = workflow
    this.definition = workflow.definition
    this.random = mulberry32(options.seed ?? 1)
    this.walks = options.walks ?? 200
    this.maxSteps = options.maxSteps ?? 40
    this.varyFacts = options.varyFacts ?? true
    for (const status of this.definition.statuses) this.visited.set(status.key, 0)
  }

  run(): WorkflowProblem[] {
    for (let i = 0; i < this.walks; i++) this.walk()
    const steps = `${this.walks} random ${this.walks === 1 ? "walk" : "walks"} of up to ${this.maxSteps} steps`
    const keys = this.definition.statuses.map((s) => s.key)
    for (const [index, key] of keys.entries()) {
      if ((this.visited.get(key) ?? 0) > 0) continue
      this.problems.push({
        code: "status_never_reached",
        message: `No walk reached the status "${key}" in ${steps}; ${this.waysInto(key)}.`,
        path: ["statuses", index],
        status: key,
      })
    }
    const closedReached = this.definition.statuses.some((s) => s.category === "closed" && (this.visited.get(s.key) ?? 0) > 0)
    if (!closedReached) {
      this.problems.push({ code: "closed_never_reached", message: `No walk reached a closed status in ${steps}.`, path: ["statuses"] })
    }
    return this.problems
  }

  /**
   * One walk: from the initial status, or half of the time from where an earlier walk saw an
   * edge (a status, an event and the status it led to) that no walk has taken yet, taking it.
   */
  private walk(): void {
    const resumed = this.untried.size > 0 && this.random() < 0.5 ? this.resume() : undefined
    let now = resumed?.at ?? start
    let ticket: WalkedTicket = resumed?.ticket ?? {
      status: this.definition.initial,
      previousStatus: null,
      assigned: false,
      dated: false,
      enteredAt: now,
    }
    if (resumed === undefined) this.visit(ticket.status)
    for (let step = 0; step < this.maxSteps; step++) {
      if (step > 0 || resumed === undefined) {
        now += this.delay()
        if (this.varyFacts) ticket = this.vary(ticket)
      }
      const moves = this.moves(ticket, now)
      this.noteUntried(ticket, now, moves)
      if (this.varyFacts) {
        // An agent could assign or date the ticket right here: note what that would open up too.
        for (const [assigned, dated] of [[true, true], [true, false], [false, true], [false, false]] as const) {
          if (assigned === ticket.assigned && dated === ticket.dated) continue
          const variant = { ...ticket, assigned, dated }
          this.noteUntried(variant, now, this.moves(variant, now))
        }
      }
      const resumedMove = step === 0 && resumed !== undefined ? moves.find((m) => m.edge === resumed.edge) : undefined
      const move = resumedMove ?? this.choose(moves)
      if (move === undefined) {
        this.reportStuck(ticket.status)
        return
      }
      this.taken.add(move.edge)
      this.untried.delete(move.edge)
      if (move.roles.includes("system")) now = Math.max(now, this.timerDue(ticket, move.transition.event))
      if (!this.checkMove(ticket.status, move)) return
      const team = actsForTeam(move.roles)
      ticket = {
        status: move.target,
        previousStatus: ticket.status,
        assigned: ticket.assigned || (move.transition.assignActor && team),
        dated: ticket.dated,
        enteredAt: now,
      }
      this.visit(move.target)
    }
  }

  /**
   * Every move people may make now, and the system's through the status's triggers and timers.
   * The machine's guards read only the status, where the ticket came from, whether it is
   * assigned or dated, and which time windows are still open: moves are cached on those.
   */
  private moves(ticket: WalkedTicket, now: number): ReadonlyArray<Move> {
    const elapsed = now - ticket.enteredAt
    let key = `${ticket.status}\u0000${ticket.previousStatus ?? ""}\u0000${ticket.assigned ? 1 : 0}${ticket.dated ? 1 : 0}`
    for (const window of this.windowsFrom(ticket.status)) key += elapsed <= window ? "1" : "0"
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const facts: WorkflowFacts = {
      status: ticket.status,
      previousStatus: ticket.previousStatus,
      assigneeId: ticket.assigned ? "walker" : null,
      dueAt: ticket.dated ? new Date(now + 3 * day).toISOString() : null,
      statusChangedAt: new Date(ticket.enteredAt).toISOString(),
    }
    const at = new Date(now).toISOString()
    this.checkSnapshot(facts)
    const moves: Move[] = []
    for (const roles of peopleRoles) {
      for (const { transition, target } of this.workflow.enabled(facts, roles, at)) {
        moves.push({ roles, transition, target, edge: `${facts.status}\u0000${transition.event}\u0000${target}` })
      }
    }
    const systemEvents = new Set([
      ...this.workflow.triggersIn(facts.status).map((t) => t.fire),
      ...this.workflow.timersIn(facts.status).map((t) => t.fire),
    ])
    for (const event of systemEvents) {
      const transition = this.workflow.transitionFor(facts.status, event)
      const target = this.workflow.next(facts, { type: event, roles: ["system"], at })
      if (transition !== undefined && target !== null) {
        moves.push({ roles: ["system"], transition, target, edge: `${facts.status}\u0000${event}\u0000${target}` })
      }
    }
    this.cache.set(key, moves)
    return moves
  }

  private noteUntried(ticket: WalkedTicket, at: number, moves: ReadonlyArray<Move>): void {
    for (const m of moves) {
      if (!this.taken.has(m.edge) && !this.untried.has(m.edge)) this.untried.set(m.edge, { ticket, at, edge: m.edge })
    }
  }

  /** Picks, and forgets, a place where an untried edge was seen. */
  private resume(): Place | undefined {
    let index = Math.floor(this.random() * this.untried.size)
    for (const [edge, place] of this.untried) {
      if (index-- > 0) continue
      this.untried.delete(edge)
      return place
    }
    return undefined
  }

  /** The time windows (`within`) of the transitions leaving a status, in milliseconds. */
  private windowsFrom(status: string): ReadonlyArray<number> {
    let windows = this.windows.get(status)
    if (windows === undefined) {
      windows = this.workflow.transitionsFrom(status).flatMap((t) => (t.within === undefined ? [] : [durationToMillis(t.within)]))
      this.windows.set(status, windows)
    }
    return windows
  }

  /**
   * Half of the steps go anywhere; the other half try a move no walk took yet, else head for the
   * least visited status, so rare statuses get their turn.
   */
  private choose(moves: ReadonlyArray<Move>): Move | undefined {
    if (moves.length === 0 || this.random() < 0.5) return moves[Math.floor(this.random() * moves.length)]
    const untried = moves.filter((m) => !this.taken.has(m.edge))
    if (untried.length > 0) return untried[Math.floor(this.random() * untried.length)]
    const least = Math.min(...moves.map((m) => this.visited.get(m.target) ?? 0))
    const rare = moves.filter((m) => (this.visited.get(m.target) ?? 0) === least)
    return rare[Math.floor(this.random() * rare.length)]
  }

  /** The invariants of a step: a status of the definition, its category, one of the transition's own targets. */
  private checkMove(from: string, move: Move): boolean {
    let sound = this.checked.get(move)
    if (sound === undefined) {
      sound = this.checkMoveOnce(from, move)
      this.checked.set(move, sound)
    }
    return sound
  }

  private checkMoveOnce(from: string, move: Move): boolean {
    const event = move.transition.event
    const status = this.definition.statuses.find((s) => s.key === move.target)
    const compiled = this.workflow.status(move.target)
    let reason: string | undefined
    if (status === undefined || compiled === undefined) {
      reason = `leads to "${move.target}", which is not a status of the workflow`
    } else if (compiled.category !== status.category) {
      reason = `leads to "${move.target}" in category "${compiled.category}", but the definition says "${status.category}"`
    } else if (!possibleTargets(this.definition, move.transition, from).includes(move.target)) {
      reason = `leads to "${move.target}", which is not one of the transition's targets`
    }
    if (reason === undefined) return true
    const key = `${from}\u0000${event}`
    if (!this.broken.has(key)) {
      this.broken.add(key)
      this.problems.push({
        code: "invariant_broken",
        message: `From "${from}", the machine's ${event} ${reason}.`,
        path: ["transitions", this.definition.transitions.indexOf(move.transition)],
        status: from,
        event,
      })
    }
    return false
  }

  private checkSnapshot(facts: WorkflowFacts): void {
    const value = this.workflow.snapshot(facts).value
    const key = `snapshot\u0000${facts.status}`
    if (value === facts.status || this.broken.has(key)) return
    this.broken.add(key)
    this.problems.push({
      code: "invariant_broken",
      message: `The machine resolves the status "${facts.status}" to "${String(value)}".`,
      path: ["statuses"],
      status: facts.status,
    })
  }

  private reportStuck(status: string): void {
    if (this.workflow.status(status)?.category === "closed" || this.stuck.has(status)) return
    this.stuck.add(status)
    this.problems.push({
      code: "status_stuck",
      message: `A walk reached the status "${status}" where nobody may fire any event any more (a time window closed, or only unfired system events leave it).`,
      path: ["statuses", this.definition.statuses.findIndex((s) => s.key === status)],
      status,
    })
  }

  /** How a sentence about an unreached status ends: the ways into it and what stands in each one's way. */
  private waysInto(status: string): string {
    const ways: string[] = []
    for (const transition of this.definition.transitions) {
      for (const from of sourceStatuses(this.definition, transition)) {
        if (from === status || !possibleTargets(this.definition, transition, from).includes(status)) continue
        const reasons: string[] = []
        if ((this.visited.get(from) ?? 0) === 0) reasons.push(`"${from}" itself was never reached`)
        const to = transition.to
        if (typeof to !== "string" && "branches" in to) {
          const index = to.branches.findIndex((b) => b.to === status)
          const branch = to.branches[index]
          const before = to.branches.slice(0, index).flatMap((b) => (b.when === undefined ? [] : [`"${b.when}"`]))
          if (branch?.when !== undefined) reasons.push(`only when the guard "${branch.when}" holds`)
          if (before.length > 0) reasons.push(`only when ${before.join(" and ")} ${before.length === 1 ? "fails" : "fail"}`)
        }
        if (typeof to !== "string" && "previous" in to) reasons.push(`only back to "${from}"'s previous status`)
        if (transition.actors.every((a) => a === "system") && !this.systemFires(from, transition.event)) {
          reasons.push(`only the system may fire it, and no trigger or timer in "${from}" does`)
        }
        if (transition.within !== undefined) reasons.push(`the requester side only within ${transition.within}`)
        ways.push(`${transition.event} from "${from}"${reasons.length > 0 ? ` (${reasons.join("; ")})` : ""}`)
      }
    }
    return ways.length === 0 ? "nothing leads into it" : `the ways into it: ${ways.join(", ")}`
  }

  private systemFires(status: string, event: string): boolean {
    return (
      this.workflow.triggersIn(status).some((t) => t.fire === event) || this.workflow.timersIn(status).some((t) => t.fire === event)
    )
  }

  /** When a system event can first fire: a timer's due moment (roughly, for business time), at once for a trigger. */
  private timerDue(ticket: WalkedTicket, event: string): number {
    const timer = this.workflow.timersIn(ticket.status).find((t) => t.fire === event)
    if (timer === undefined || this.workflow.triggersIn(ticket.status).some((t) => t.fire === event)) return 0
    const ms = durationToMillis(timer.after)
    // Business time runs about a quarter as fast as calendar time; weekends add the rest.
    return ticket.enteredAt + (timer.clock === "business" ? 4 * ms + 3 * day : ms)
  }

  private vary(ticket: WalkedTicket): WalkedTicket {
    let varied = ticket
    if (this.random() < 0.2) varied = { ...varied, assigned: !varied.assigned }
    if (this.random() < 0.2) varied = { ...varied, dated: !varied.dated }
    return varied
  }

  /** Minutes to hours mostly; days now and then; past a month (reopen windows) rarely. */
  private delay(): number {
    const r = this.random()
    if (r < 0.85) return Math.ceil(this.random() * 6 * 60) * minute
    if (r < 0.97) return Math.ceil(this.random() * 10) * day
    return (31 + Math.floor(this.random() * 30)) * day
  }

  private visit(status: string): void {
    this.visited.set(status, (this.visited.get(status) ?? 0) + 1)
  }
}
