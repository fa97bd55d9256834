import react from "@vitejs/plugin-react"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

// A build is a production build whatever NODE_ENV the caller runs under (vitest sets "test"):
// otherwise the React plugin emits development JSX (react/jsx-dev-runtime, source paths).
process.env.NODE_ENV = "production"

// The standalone app (`vite`, `vite build`): index.html and src/main.tsx, built to dist-app/
// for `npm start`. The library for host apps is vite.lib.config.ts.
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
    outDir: "dist-app",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: { entryFileNames: "assets/[name]-[hash].js", chunkFileNames: "assets/[name]-[hash].js" },
    },
  },
})
