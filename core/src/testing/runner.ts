/**
 * The test runner the contract suites register their tests with. vitest is an optional peer
 * of `@ticketflow/core`: it is loaded here, once, without failing when it is absent, so that
 * `@ticketflow/core/testing` (its fixtures, say) loads in any program; only calling a suite
 * without vitest fails, saying why.
 */
type Vitest = typeof import("vitest")
type RunnerApi = Pick<Vitest, "afterEach" | "beforeEach" | "describe" | "expect" | "it">

const loaded: Vitest | null = await import("vitest").catch(() => null)

const missing = (): never => {
  throw new Error("The contract suites of @ticketflow/core/testing run under vitest: install it (npm install --save-dev vitest) and call the suite from a test file")
}

const absent = { afterEach: missing, beforeEach: missing, describe: missing, expect: missing, it: missing } as unknown as RunnerApi

/** vitest's functions, or functions that throw an error naming the missing peer. */
export const { afterEach, beforeEach, describe, expect, it }: RunnerApi = loaded ?? absent
