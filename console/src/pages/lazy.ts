import { lazy } from "react"

// Every page is a chunk of its own: a route loads only the code it draws.

/** The sign-in page. */
export const LoginPage = lazy(() => import("./login/login-page.tsx"))
/** Ticket lists: My requests, Organisation requests, Queues, My tickets. */
export const TicketListPage = lazy(() => import("./tickets/ticket-list.tsx"))
/** The new-request form. */
export const TicketCreatePage = lazy(() => import("./tickets/ticket-create.tsx"))
/** One ticket: conversation, actions, details, activity. */
export const TicketShowPage = lazy(() => import("./tickets/ticket-show.tsx"))
/** Configuration lists. */
export const ConfigListPage = lazy(() => import("./config/config-list-page.tsx"))
/** Configuration create and edit forms. */
export const ConfigFormPage = lazy(() => import("./config/config-form-page.tsx"))
/** Workflows. */
export const WorkflowListPage = lazy(() => import("./workflows/workflow-list.tsx"))
/** The workflow editor with its diagram. */
export const WorkflowEditorPage = lazy(() => import("./workflows/workflow-editor.tsx"))

/**
 * Starts loading the page a URL will show, before the app has checked who is signed in: the
 * check and the page's code then load side by side instead of one after the other. The
 * browser keeps the module, so the lazy page above finds it loaded.
 */
export function preloadPage(pathname: string): void {
  const load =
    pathname === "/login"
      ? () => import("./login/login-page.tsx")
      : pathname === "/tickets/new"
        ? () => import("./tickets/ticket-create.tsx")
        : /^\/tickets\/[^/]+$/.test(pathname)
          ? () => import("./tickets/ticket-show.tsx")
          : pathname === "/" || ["/requests", "/organization", "/queue", "/assigned"].includes(pathname)
            ? () => import("./tickets/ticket-list.tsx")
            : null
  // A failed preload is retried by the page itself, which shows the error.
  load?.().catch(() => undefined)
}
