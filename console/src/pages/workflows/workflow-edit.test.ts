import { defaultWorkflow, validateWorkflow } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { addStatus, addTransition, removeStatus, renameStatus } from "./workflow-edit.ts"

describe("workflow editing", () => {
  it("renames a status everywhere and stays valid", () => {
    const renamed = renameStatus(defaultWorkflow, "in_progress", "working")
    expect(renamed.statuses.map((s) => s.key)).toContain("working")
    expect(JSON.stringify(renamed)).not.toContain('"in_progress"')
    expect(validateWorkflow(renamed).ok).toBe(true)
  })

  it("adds a status the validator calls unreachable until a transition leads to it", () => {
    const { draft, key } = addStatus(defaultWorkflow)
    const verdict = validateWorkflow(draft)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.problems.some((p) => p.status === key)).toBe(true)
    const linked = addTransition(draft, "in_progress", key).draft
    const withExit = addTransition(linked, key, "closed").draft
    expect(validateWorkflow(withExit).ok).toBe(true)
  })

  it("removes a status with the transitions that only touched it", () => {
    const removed = removeStatus(defaultWorkflow, "in_queue")
    expect(removed.statuses.map((s) => s.key)).not.toContain("in_queue")
    expect(removed.transitions.some((t) => t.event === "TRIAGE")).toBe(false)
    expect(removed.transitions.find((t) => t.event === "START")?.from).toEqual(["new", "reopened"])
  })
})
