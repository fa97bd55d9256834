import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

// A host app's own Vite configuration, nothing ticketflow-specific in it.
export default defineConfig({ plugins: [react()] })
