import "@ant-design/v5-patch-for-react-19" // antd 5 on React 19: antd's own compatibility patch
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { TicketflowApp } from "./app.tsx"
import { preloadPage } from "./pages/lazy.ts"
import { createI18n } from "./providers/i18n-provider.ts"

// The standalone console: served by the quickstart at `/` with the API under `/v1`.
preloadPage(window.location.pathname)
const i18n = await createI18n()
const root = document.getElementById("root")
if (root === null) throw new Error("index.html has no #root")
createRoot(root).render(
  <StrictMode>
    <TicketflowApp i18n={i18n} />
  </StrictMode>,
)
