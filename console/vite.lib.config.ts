import react from "@vitejs/plugin-react"
import { isAbsolute } from "node:path"
import { defineConfig } from "vite"

// A build is a production build whatever NODE_ENV the caller runs under (vitest sets "test"):
// otherwise the React plugin emits development JSX (react/jsx-dev-runtime, source paths).
process.env.NODE_ENV = "production"

/**
 * Whether an import stays an import in the library: every bare specifier (`react`,
 * `react/jsx-runtime`, `antd/locale/fr_FR`, `dayjs/locale/vi`, `@xyflow/react`…), so the host
 * app installs and bundles one copy of each. Stylesheets are the exception: they go into
 * dist/styles.css, which the host imports once, instead of a CSS import left in the JavaScript.
 */
export function isExternal(id: string): boolean {
  if (id.startsWith(".") || id.startsWith("\0") || isAbsolute(id)) return false
  return !id.endsWith(".css")
}

// The library for host Refine apps (`vite build -c vite.lib.config.ts`): ES modules in dist/
// with the lazy pages and the language loaders as chunks of their own, and one stylesheet,
// dist/styles.css. tsc writes the .d.ts files beside them (tsconfig.build.json).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The host's bundler minifies; readable output keeps stack traces and reviews honest.
    minify: false,
    cssCodeSplit: false,
    lib: { entry: "src/index.ts", formats: ["es"], fileName: "index", cssFileName: "styles" },
    rolldownOptions: {
      external: isExternal,
      output: { chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
})
