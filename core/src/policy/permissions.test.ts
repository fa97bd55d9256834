import { describe, expect, it } from "vitest"
import { makeTicket } from "../testing/fixtures/index.ts"
import { editableFieldNames, editableFields, requesterFields } from "./permissions.ts"

const open = makeTicket({ tenantId: "t", requesterId: "bob", number: 1, statusCategory: "new", descriptionLocked: false })
const locked = { ...open, statusCategory: "open" as const, descriptionLocked: true }
const closed = { ...locked, statusCategory: "closed" as const }

describe("editable fields", () => {
  it("give the requester side its own fields while the description is unlocked, none after", () => {
    expect(editableFields(["requester_side"], open)).toEqual([...requesterFields])
    expect(editableFields(["requester_side"], locked)).toEqual([])
    expect(editableFields(["requester_side"], closed)).toEqual([])
  })

  it("give the team every field until the ticket closes, admins even then", () => {
    expect(editableFields(["agent"], locked)).toEqual([...editableFieldNames])
    expect(editableFields(["agent", "requester_side"], closed)).toEqual([])
    expect(editableFields(["admin", "agent"], closed)).toEqual([...editableFieldNames])
  })

  it("give someone with no role on the ticket nothing", () => {
    expect(editableFields([], open)).toEqual([])
  })
})
