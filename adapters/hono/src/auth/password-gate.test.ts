import { describe, expect, it } from "vitest"
import { ApiProblem } from "../problem.ts"
import { passwordGate, type PasswordGateState } from "./password-gate.ts"

/** A hash that finishes when the test says so. */
function heldHash() {
  let finish = () => {}
  const done = new Promise<string>((resolve) => (finish = () => resolve("hashed")))
  return { hash: () => done, finish: () => finish() }
}

describe("passwordGate", () => {
  it("runs at most `concurrency` hashes, queues up to `maxQueue`, and refuses the rest at once with 503 and Retry-After", async () => {
    const states: PasswordGateState[] = []
    const gate = passwordGate({ concurrency: 2, maxQueue: 3, observe: (state) => states.push(state) })
    const held = Array.from({ length: 5 }, heldHash)
    const admitted = held.map((h) => gate.run(h.hash))
    expect(gate.state()).toEqual({ running: 2, queued: 3 })
    // Nothing has finished, and the sixth is refused already.
    const refused = await gate.run(async () => "never").catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApiProblem)
    expect(refused).toMatchObject({ status: 503, slug: "login-overloaded", headers: { "Retry-After": "1" } })
    for (const h of held) h.finish()
    expect(await Promise.all(admitted)).toEqual(Array(5).fill("hashed"))
    expect(gate.state()).toEqual({ running: 0, queued: 0 })
    expect(Math.max(...states.map((s) => s.running))).toBe(2)
    expect(Math.max(...states.map((s) => s.queued))).toBe(3)
  })

  it("frees the slot of a hash that fails", async () => {
    const gate = passwordGate({ concurrency: 1, maxQueue: 0 })
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom")
    expect(await gate.run(async () => "next")).toBe("next")
  })
})
