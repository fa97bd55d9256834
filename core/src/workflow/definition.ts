import * as z from "zod"
import { Color, Duration, Key, Labels, Line } from "../domain/common.ts"
import { StatusCategory } from "../domain/ticket.ts"

/** An event name: upper snake case (`REQUEST_REWORK`). */
export const EventName = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, "an event name is UPPER_SNAKE_CASE")
/** An event name. */
export type EventName = z.infer<typeof EventName>

/** The roles a transition may name in `actors`. */
export const actorRoles = ["requester_side", "agent", "admin", "system"] as const
/** Who fires a transition: the requester side, agents, admins, or the system (timers, triggers). */
export type ActorRole = (typeof actorRoles)[number]

/** The guards a branch may name; the engine implements exactly these. */
export const guardNames = ["assigned", "unassigned", "has_due_date", "no_due_date"] as const
/** A guard a branch may name. */
export type GuardName = (typeof guardNames)[number]

/** A status of a workflow. */
export const StatusDefinition = z.object({
  key: Key,
  category: StatusCategory,
  /** The English label; `labels` carries the other locales. */
  name: Line.min(1).max(100),
  labels: Labels.default({}),
  color: Color.default("#8c8c8c"),
})
/** A status of a workflow. */
export type StatusDefinition = z.infer<typeof StatusDefinition>

/** One branch of a conditional target; the last one may omit `when`. */
export const Branch = z.object({ when: Line.max(200).optional(), to: Key })
/** One branch of a conditional target. */
export type Branch = z.infer<typeof Branch>

/** Where a transition leads: a status, the status it came from, or the first branch whose guard holds. */
export const Target = z.union([
  Key,
  z.object({ previous: z.literal(true) }),
  z.object({ branches: z.array(Branch).min(1) }),
])
/** Where a transition leads. */
export type Target = z.infer<typeof Target>

/** The resolution a transition records: fixed, or chosen by the agent with a requester-side default. */
export const ResolutionRule = z.union([
  Key,
  z.object({
    default: Key,
    requesterSide: Key.optional(),
    choices: z.array(Key).min(1).optional(),
  }),
])
/** The resolution a transition records. */
export type ResolutionRule = z.infer<typeof ResolutionRule>

/** An edge of the lifecycle. */
export const TransitionDefinition = z.object({
  /** Unique per source status. */
  event: EventName,
  /** Source statuses; `"*"` is every status not in category closed. */
  from: z.union([z.literal("*"), z.array(Key).min(1)]),
  to: Target,
  actors: z.array(Line.max(64)).min(1),
  comment: z.enum(["required", "optional", "none"]).default("none"),
  resolution: ResolutionRule.optional(),
  /** Assign the acting agent when the ticket is unassigned (START). */
  assignActor: z.boolean().default(false),
  /** Only within this long of entering the source status (REOPEN within 30 days of closing). */
  within: Duration.optional(),
  name: Line.min(1).max(100).optional(),
  labels: Labels.default({}),
})
/** An edge of the lifecycle. */
export type TransitionDefinition = z.infer<typeof TransitionDefinition>

/** Fires an event when someone replies publicly in a status (the customer answers a clarification). */
export const TriggerDefinition = z.object({
  on: z.literal("public_reply"),
  by: z.enum(["requester_side", "agent"]),
  in: z.array(Key).min(1),
  fire: EventName,
})
/** Fires an event on a public reply. */
export type TriggerDefinition = z.infer<typeof TriggerDefinition>

/** Fires an event after a ticket has stayed in a status for a while (AUTO_CLOSE). */
export const TimerDefinition = z.object({
  in: Key,
  after: Duration,
  clock: z.enum(["calendar", "business"]).default("calendar"),
  fire: EventName,
})
/** Fires an event after a ticket stayed in a status. */
export type TimerDefinition = z.infer<typeof TimerDefinition>

/** A whole lifecycle as data: statuses, transitions, triggers and timers. */
export const WorkflowDefinition = z.object({
  key: Key,
  version: z.number().int().positive().default(1),
  name: Line.min(1).max(200),
  labels: Labels.default({}),
  initial: Key,
  descriptionLock: z.enum(["on_create", "on_leaving_new"]).default("on_leaving_new"),
  statuses: z.array(StatusDefinition).min(1),
  transitions: z.array(TransitionDefinition),
  triggers: z.array(TriggerDefinition).default([]),
  timers: z.array(TimerDefinition).default([]),
})
/** A whole lifecycle as data. */
export type WorkflowDefinition = z.infer<typeof WorkflowDefinition>
/** A workflow definition as written, before defaults are applied. */
export type WorkflowDefinitionInput = z.input<typeof WorkflowDefinition>
