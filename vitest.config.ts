import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["core/src/**/*.test.ts", "adapters/*/src/**/*.test.ts", "adapters/*/test/**/*.test.ts", "examples/*/**/*.test.ts", "console/src/**/*.test.{ts,tsx}", "console/test/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 30_000,
  },
})
