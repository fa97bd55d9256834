import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import type { WorkflowProblem } from "../errors.ts"
import { defaultWorkflow } from "./default-workflow.ts"
import type { WorkflowDefinitionInput } from "./definition.ts"
import { assertValidWorkflow, validateWorkflow } from "./validate.ts"

// A small workflow that passes every rule; each refusal below changes one thing in it.
function small(): WorkflowDefinitionInput {
  return {
    key: "small",
    name: "Small",
    initial: "new",
    statuses: [
      { key: "new", category: "new", name: "New" },
      { key: "open", category: "open", name: "Open" },
      { key: "waiting", category: "pending", name: "Waiting" },
      { key: "done", category: "closed", name: "Done" },
    ],
    transitions: [
      { event: "START", from: ["new"], to: "open", actors: ["agent"] },
      {
        event: "TRIAGE",
        from: ["new"],
        to: { branches: [{ when: "assigned", to: "open" }, { to: "waiting" }] },
        actors: ["agent"],
      },
      { event: "WAIT", from: ["open"], to: "waiting", actors: ["agent"] },
      { event: "REPLIED", from: ["waiting"], to: { previous: true }, actors: ["system"] },
      {
        event: "CLOSE",
        from: "*",
        to: "done",
        actors: ["requester_side", "agent"],
        resolution: { default: "resolved", requesterSide: "withdrawn", choices: ["resolved", "withdrawn"] },
      },
      { event: "REOPEN", from: ["done"], to: "open", actors: ["requester_side"], within: "P30D" },
      { event: "AUTO_CLOSE", from: ["waiting"], to: "done", actors: ["system"], resolution: "auto_accepted" },
    ],
    triggers: [{ on: "public_reply", by: "requester_side", in: ["waiting"], fire: "REPLIED" }],
    timers: [{ in: "waiting", after: "P7D", fire: "AUTO_CLOSE" }],
  }
}

function problemsOf(change: (w: WorkflowDefinitionInput) => void): ReadonlyArray<WorkflowProblem> {
  const workflow = small()
  change(workflow)
  const result = validateWorkflow(workflow)
  if (result.ok) throw new Error("expected the workflow to be refused")
  return result.problems
}

function transition(w: WorkflowDefinitionInput, event: string) {
  const found = w.transitions.find((t) => t.event === event)
  if (found === undefined) throw new Error(`no transition ${event}`)
  return found
}

describe("validateWorkflow", () => {
  it("accepts the default workflow", () => {
    const result = validateWorkflow(defaultWorkflow)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.definition).toEqual(defaultWorkflow)
  })

  it("accepts the small workflow and applies defaults", () => {
    const result = validateWorkflow(small())
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.definition.version).toBe(1)
      expect(result.definition.transitions[0]?.comment).toBe("none")
    }
  })

  it("reports schema failures with their path", () => {
    const problems = problemsOf((w) => {
      transition(w, "TRIAGE").event = "triage"
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: "schema", path: ["transitions", 1, "event"] })
    expect(problems[0]?.message).toMatch(/UPPER_SNAKE_CASE/)
  })

  it("refuses a duplicate status", () => {
    const problems = problemsOf((w) => {
      w.statuses.push({ key: "open", category: "open", name: "Open again" })
    })
    expect(problems).toEqual([expect.objectContaining({ code: "duplicate_status", status: "open", path: ["statuses", 4, "key"] })])
  })

  it("refuses an unknown status", () => {
    const problems = problemsOf((w) => {
      transition(w, "WAIT").to = "nowhere"
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "unknown_status", status: "nowhere", event: "WAIT", path: ["transitions", 2, "to"] }),
    ])
    expect(problems[0]?.message).toContain("nowhere")
  })

  it("refuses an unknown initial status without calling every status unreachable", () => {
    const problems = problemsOf((w) => {
      w.initial = "start"
    })
    expect(problems).toEqual([expect.objectContaining({ code: "unknown_status", status: "start", path: ["initial"] })])
  })

  it("refuses an initial status outside category new", () => {
    const problems = problemsOf((w) => {
      const first = w.statuses[0]
      if (first) first.category = "open"
    })
    expect(problems).toEqual([expect.objectContaining({ code: "initial_not_new", status: "new", path: ["initial"] })])
  })

  it("refuses an unknown role", () => {
    const problems = problemsOf((w) => {
      transition(w, "START").actors = ["agent", "customer"]
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "unknown_role", event: "START", path: ["transitions", 0, "actors", 1] }),
    ])
    expect(problems[0]?.message).toContain("customer")
  })

  it("refuses an unknown guard", () => {
    const problems = problemsOf((w) => {
      transition(w, "TRIAGE").to = { branches: [{ when: "urgent", to: "open" }, { to: "waiting" }] }
    })
    expect(problems).toEqual([
      expect.objectContaining({
        code: "unknown_guard",
        event: "TRIAGE",
        path: ["transitions", 1, "to", "branches", 0, "when"],
      }),
    ])
    expect(problems[0]?.message).toContain("urgent")
  })

  it("refuses branches without a default", () => {
    const problems = problemsOf((w) => {
      transition(w, "TRIAGE").to = { branches: [{ when: "assigned", to: "open" }, { when: "unassigned", to: "waiting" }] }
    })
    expect(problems).toEqual([
      expect.objectContaining({
        code: "branch_without_default",
        event: "TRIAGE",
        path: ["transitions", 1, "to", "branches", 1],
      }),
    ])
  })

  it("refuses an ambiguous event, expanding '*'", () => {
    const problems = problemsOf((w) => {
      w.transitions.push({ event: "CLOSE", from: ["open"], to: "done", actors: ["agent"] })
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "ambiguous_event", event: "CLOSE", status: "open", path: ["transitions", 7, "event"] }),
    ])
  })

  it("refuses an unreachable status", () => {
    const problems = problemsOf((w) => {
      w.statuses.push({ key: "limbo", category: "open", name: "Limbo" })
    })
    expect(problems).toEqual([expect.objectContaining({ code: "unreachable_status", status: "limbo", path: ["statuses", 4] })])
  })

  it("does not count a previous target as reaching a status never visited", () => {
    // `back` only leads into `waiting`; REPLIED could return to it only after visiting it first.
    const workflow = small()
    workflow.statuses.push({ key: "back", category: "open", name: "Back" })
    workflow.transitions.push({ event: "PAUSE", from: ["back"], to: "waiting", actors: ["agent"] })
    expect(validateWorkflow(workflow)).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ code: "unreachable_status", status: "back" })],
    })
  })

  it("counts a previous target on the way to a closed status", () => {
    const workflow = small()
    transition(workflow, "CLOSE").from = ["new", "open"]
    workflow.transitions = workflow.transitions.filter((t) => t.event !== "AUTO_CLOSE")
    workflow.timers = []
    expect(validateWorkflow(workflow).ok).toBe(true)
    transition(workflow, "REPLIED").to = "waiting"
    expect(validateWorkflow(workflow)).toMatchObject({
      ok: false,
      problems: [{ code: "no_path_to_closed", status: "waiting" }],
    })
  })

  it("refuses a status with no path to a closed one", () => {
    const problems = problemsOf((w) => {
      w.statuses.push({ key: "stuck", category: "pending", name: "Stuck" })
      w.transitions.push({ event: "PARK", from: ["open"], to: "stuck", actors: ["agent"] })
      transition(w, "CLOSE").from = ["new", "open", "waiting"]
    })
    expect(problems).toEqual([expect.objectContaining({ code: "no_path_to_closed", status: "stuck", path: ["statuses", 4] })])
  })

  it("refuses a workflow without a closed status", () => {
    const problems = problemsOf((w) => {
      const done = w.statuses[3]
      if (done) done.category = "pending"
    })
    expect(problems).toEqual([expect.objectContaining({ code: "no_closed_status", path: ["statuses"] })])
  })

  it("refuses a closed status with no way back when reopen is enabled", () => {
    const problems = problemsOf((w) => {
      w.statuses.push({ key: "cancelled", category: "closed", name: "Cancelled" })
      w.transitions.push({ event: "CANCEL", from: ["new"], to: "cancelled", actors: ["agent"] })
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "no_way_back_from_closed", status: "cancelled", path: ["statuses", 4] }),
    ])
  })

  it("accepts closed statuses without a way back when nothing reopens", () => {
    const workflow = small()
    workflow.transitions = workflow.transitions.filter((t) => t.event !== "REOPEN")
    expect(validateWorkflow(workflow).ok).toBe(true)
  })

  it("refuses a previous target from a status nothing leads into", () => {
    const problems = problemsOf((w) => {
      w.transitions.push({ event: "BACK", from: ["new"], to: { previous: true }, actors: ["agent"] })
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "previous_without_source", status: "new", event: "BACK", path: ["transitions", 7, "to"] }),
    ])
  })

  it("refuses a timer whose event is not defined from its status", () => {
    const problems = problemsOf((w) => {
      const timer = w.timers?.[0]
      if (timer) timer.fire = "EXPIRE"
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "unknown_timer_event", status: "waiting", event: "EXPIRE", path: ["timers", 0, "fire"] }),
    ])
  })

  it("refuses a timer whose transition does not allow the system", () => {
    const problems = problemsOf((w) => {
      transition(w, "AUTO_CLOSE").actors = ["agent"]
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "unknown_timer_event", status: "waiting", event: "AUTO_CLOSE" }),
    ])
  })

  it("refuses a timer whose transition requires a comment the system cannot give", () => {
    const problems = problemsOf((w) => {
      transition(w, "AUTO_CLOSE").comment = "required"
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "unknown_timer_event", status: "waiting", event: "AUTO_CLOSE", message: expect.stringContaining("requires a comment") }),
    ])
  })

  it("refuses a trigger whose event the system may not fire from its status", () => {
    const problems = problemsOf((w) => {
      const trigger = w.triggers?.[0]
      if (trigger) trigger.fire = "CLOSE"
    })
    expect(problems).toEqual([
      expect.objectContaining({ code: "unknown_trigger_event", status: "waiting", event: "CLOSE", path: ["triggers", 0, "fire"] }),
    ])
  })

  it("refuses a resolution default that is not among its choices", () => {
    const problems = problemsOf((w) => {
      transition(w, "CLOSE").resolution = { default: "fixed", choices: ["resolved", "withdrawn"] }
    })
    expect(problems).toEqual([
      expect.objectContaining({
        code: "resolution_choice_missing",
        event: "CLOSE",
        path: ["transitions", 4, "resolution", "default"],
      }),
    ])
    expect(problems[0]?.message).toContain("fixed")
  })

  it("reports every problem of a definition, not just the first", () => {
    const problems = problemsOf((w) => {
      transition(w, "START").actors = ["robot"]
      transition(w, "TRIAGE").to = { branches: [{ when: "sunny", to: "open" }, { to: "waiting" }] }
      w.statuses.push({ key: "limbo", category: "open", name: "Limbo" })
      w.timers = [{ in: "asleep", after: "P1D", fire: "AUTO_CLOSE" }]
    })
    expect(problems.map((p) => p.code).sort()).toEqual(
      ["unknown_guard", "unknown_role", "unknown_status", "unreachable_status"].sort(),
    )
  })
})

describe("assertValidWorkflow", () => {
  it("succeeds with the parsed definition", () => {
    expect(Effect.runSync(assertValidWorkflow(defaultWorkflow))).toEqual(defaultWorkflow)
  })

  it("fails with InvalidWorkflow carrying every problem", () => {
    const workflow = small()
    transition(workflow, "START").actors = ["robot"]
    workflow.statuses.push({ key: "limbo", category: "open", name: "Limbo" })
    const error = Effect.runSync(Effect.flip(assertValidWorkflow(workflow)))
    expect(error._tag).toBe("InvalidWorkflow")
    expect(error.problems).toHaveLength(2)
    expect(error.message).toContain("2 problems")
    expect(error.message).toContain("robot")
  })
})
