import react from "@vitejs/plugin-react"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

// Pages are React.lazy imports, so each route is a chunk of its own: the diagram library only
// loads with the workflow editor, Markdown only with a ticket.
export default defineConfig({
  plugins: [react()],
  base: "/",
  resolve: {
    // Refine's CSV import/export (useImport, useExport) is the only user of papaparse, and the
    // console has neither: a stub keeps 18 KB of parser out of every page.
    alias: { papaparse: fileURLToPath(new URL("./src/papaparse-stub.ts", import.meta.url)) },
  },
  server: {
    proxy: { "/v1": { target: process.env.TICKETFLOW_API ?? "http://localhost:3000", changeOrigin: true } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: { entryFileNames: "assets/[name]-[hash].js", chunkFileNames: "assets/[name]-[hash].js" },
    },
  },
})
