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
