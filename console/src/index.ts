/**
 * @module
 * ticketflow's console as pieces for a host Refine app: providers over the REST API, the
 * resources and routes, and every page (tickets for customers and agents, configuration and
 * the workflow editor for admins), plus the standalone app.
 *
 * @example
 * // The console's pages use the default data provider: give the host's own a name and set
 * // `meta.dataProviderName` on the host's resources. See docs/console.md.
 * const i18n = await createI18n()
 * const tf = createConsole({ apiUrl: "https://support.example.com", i18n })
 * <ConsoleProvider services={tf.services}>
 *   <Refine dataProvider={{ default: tf.dataProvider, crm: crmProvider }} … resources={[...mine, ...ticketflowResources(i18n.t)]}>
 *     <Routes><Route element={<MyLayout />}>{ticketflowRoutes()}</Route></Routes>
 *   </Refine>
 * </ConsoleProvider>
 */

// Standalone app
export { consoleTheme, TicketflowApp } from "./app.tsx"

// Providers and services
export { createConsole } from "./create-console.ts"
export type { ConsoleOptions, TicketflowConsole } from "./create-console.ts"
export { ConsoleProvider, useConsole } from "./context.tsx"
export type { ConsoleServices } from "./context.tsx"
export { createDataProvider, clientList, totalFromCounts } from "./providers/data-provider.ts"
export type { DataProviderOptions, TicketCounts } from "./providers/data-provider.ts"
export { createAuthProvider, fetchDemoUsers } from "./providers/auth-provider.ts"
export type { DemoUser, Identity, Permissions } from "./providers/auth-provider.ts"
export { can, createAccessControlProvider, mayEditField } from "./providers/access-control.ts"
export { createI18n, createI18nProvider, ensureLanguage, initialLanguage } from "./providers/i18n-provider.ts"
export { browserTokenStore, createApiClient, toRefineError, withQuery } from "./providers/http-client.ts"
export type { ApiClient, ApiClientOptions, Problem, RequestOptions, TicketflowError, TokenStore } from "./providers/http-client.ts"
export { createSession, isTeam, roleOf } from "./providers/session.ts"
export type { ConsoleRole, Me, Session } from "./providers/session.ts"
export { countsQuery, ticketFilterParams, ticketQuery, ticketSortParams } from "./providers/ticket-query.ts"
export { configResourcePaths, isConfigResource } from "./providers/resources.ts"

// Languages
export { languages, isLanguage, messageLoaders, antdLocaleLoaders } from "./i18n/languages.ts"
export type { AntdLocale, LanguageCode } from "./i18n/languages.ts"
export { en } from "./i18n/locales/en.ts"
export type { Messages } from "./i18n/locales/en.ts"
export { humanize, labelOf } from "./i18n/labels.ts"

// Resources, routes and pages
export { configPages, ticketflowResources } from "./resources.tsx"
export { ConsoleLayout, HomeRedirect, PageSkeleton, SignedIn, consoleRouteTree, ticketflowRoutes } from "./routes.tsx"
export {
  ConfigFormPage,
  ConfigListPage,
  LoginPage,
  TicketCreatePage,
  TicketListPage,
  TicketShowPage,
  WorkflowEditorPage,
  WorkflowListPage,
} from "./pages/lazy.ts"
export { ConsoleHeader } from "./layout/header.tsx"
export { ConsoleSider } from "./layout/console-sider.tsx"
export { NotFound } from "./layout/not-found.tsx"
export { useNotificationProvider } from "./providers/notification-provider.ts"
export { LanguagePicker } from "./layout/language-picker.tsx"
