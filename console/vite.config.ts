import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

// Pages are React.lazy imports, so each route is a chunk of its own: the diagram library only
// loads with the workflow editor, Markdown only with a ticket.
export default defineConfig({
  plugins: [react()],
  base: "/",
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
