import { describe, expect, it } from "vitest"
import * as sla from "./index.ts"

describe("sla index", () => {
  it("exports the module's API by name", () => {
    expect(Object.keys(sla).sort()).toEqual([
      "addBusinessTime",
      "businessTimeBetween",
      "dueBreaches",
      "durationToMillis",
      "isWithinBusinessHours",
      "markBreached",
      "nextSlaDeadline",
      "noSla",
      "onStatusCategory",
      "recordFirstResponse",
      "selectSlaPolicy",
      "startSla",
    ])
  })
})
