import { describe, expect, it } from "vitest"
import { SlaPolicy } from "../domain/sla-policy.ts"
import { selectSlaPolicy } from "./policy-match.ts"

function policy(fields: { key: string; priorityKey?: string } & Partial<SlaPolicy>): SlaPolicy {
  return SlaPolicy.parse({ name: fields.key, priorityKey: "high", ...fields })
}

const ticket = { priorityKey: "high", typeKey: "incident", departmentKey: "support", organisationId: "org-1" }

describe("selectSlaPolicy", () => {
  it("matches on priority and returns undefined when nothing applies", () => {
    const low = policy({ key: "low", priorityKey: "low" })
    expect(selectSlaPolicy([low], ticket)).toBeUndefined()
    expect(selectSlaPolicy([low], { ...ticket, priorityKey: null })).toBeUndefined()
    expect(selectSlaPolicy([], ticket)).toBeUndefined()
    expect(selectSlaPolicy([low, policy({ key: "high" })], ticket)?.key).toBe("high")
  })

  it("ignores policies narrowed to another type, department or organisation", () => {
    const policies = [
      policy({ key: "base" }),
      policy({ key: "other-type", typeKey: "question" }),
      policy({ key: "other-dept", departmentKey: "billing" }),
      policy({ key: "other-org", organisationId: "org-2" }),
    ]
    expect(selectSlaPolicy(policies, ticket)?.key).toBe("base")
    // A narrowed policy never applies to a ticket without that field.
    const typed = policy({ key: "typed", typeKey: "incident" })
    expect(selectSlaPolicy([typed], { ...ticket, typeKey: null })).toBeUndefined()
  })

  it("prefers more matched narrowing fields", () => {
    const policies = [
      policy({ key: "org", organisationId: "org-1" }),
      policy({ key: "dept-type", departmentKey: "support", typeKey: "incident" }),
      policy({ key: "base" }),
    ]
    expect(selectSlaPolicy(policies, ticket)?.key).toBe("dept-type")
    const all = policy({ key: "all", organisationId: "org-1", departmentKey: "support", typeKey: "incident" })
    expect(selectSlaPolicy([...policies, all], ticket)?.key).toBe("all")
  })

  it("breaks equal counts by organisation over department over type", () => {
    const type = policy({ key: "a-type", typeKey: "incident" })
    const dept = policy({ key: "b-dept", departmentKey: "support" })
    const org = policy({ key: "c-org", organisationId: "org-1" })
    expect(selectSlaPolicy([type, dept, org], ticket)?.key).toBe("c-org")
    expect(selectSlaPolicy([type, dept], ticket)?.key).toBe("b-dept")
    const orgType = policy({ key: "a-org-type", organisationId: "org-1", typeKey: "incident" })
    const orgDept = policy({ key: "b-org-dept", organisationId: "org-1", departmentKey: "support" })
    const deptType = policy({ key: "c-dept-type", departmentKey: "support", typeKey: "incident" })
    expect(selectSlaPolicy([deptType, orgType, orgDept], ticket)?.key).toBe("b-org-dept")
    expect(selectSlaPolicy([deptType, orgType], ticket)?.key).toBe("a-org-type")
  })

  it("breaks full ties by key, whatever the order", () => {
    const b = policy({ key: "b", departmentKey: "support" })
    const a = policy({ key: "a", departmentKey: "support" })
    expect(selectSlaPolicy([b, a], ticket)?.key).toBe("a")
    expect(selectSlaPolicy([a, b], ticket)?.key).toBe("a")
  })
})
