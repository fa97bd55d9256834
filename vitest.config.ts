import { defaultServerConditions } from "vite"
import { defineConfig } from "vitest/config"

// Workspace packages export `dist/` to the world and `src/` under the "@ticketflow/source"
// condition: tests run from source, with no build step.
const conditions = ["@ticketflow/source", ...defaultServerConditions]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@ticketflow/source"] } },
  test: {
    include: ["core/src/**/*.test.ts", "adapters/*/src/**/*.test.ts", "adapters/*/test/**/*.test.ts", "examples/*/**/*.test.ts", "console/src/**/*.test.{ts,tsx}", "console/test/**/*.test.ts", "packaging/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 30_000,
  },
})
