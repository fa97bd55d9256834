import { describe, expect, it } from "vitest"
import { readConfig } from "./config.ts"

describe("the quickstart's configuration", () => {
  it("reads TICKETFLOW_TRUST_PROXY: no proxy by default, every hop, or a number of hops", () => {
    expect(readConfig({}, []).trustProxy).toBe(false)
    expect(readConfig({ TICKETFLOW_TRUST_PROXY: "false" }, []).trustProxy).toBe(false)
    expect(readConfig({ TICKETFLOW_TRUST_PROXY: "true" }, []).trustProxy).toBe(true)
    expect(readConfig({ TICKETFLOW_TRUST_PROXY: "1" }, []).trustProxy).toBe(1)
    expect(() => readConfig({ TICKETFLOW_TRUST_PROXY: "yes" }, [])).toThrow(/TICKETFLOW_TRUST_PROXY/)
    expect(() => readConfig({ TICKETFLOW_TRUST_PROXY: "-1" }, [])).toThrow(/TICKETFLOW_TRUST_PROXY/)
  })

  it("installs the demo unless --no-demo is given", () => {
    expect(readConfig({}, []).demo).toBe(true)
    expect(readConfig({}, ["--no-demo"]).demo).toBe(false)
  })
})
