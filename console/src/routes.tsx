import { Authenticated, useGetIdentity } from "@refinedev/core"
import { ErrorComponent, ThemedLayout, ThemedSider } from "@refinedev/antd"
import { CatchAllNavigate } from "@refinedev/react-router"
import { Skeleton } from "antd"
import { Suspense } from "react"
import { Navigate, Outlet, Route } from "react-router"
import { BrandTitle } from "./layout/brand.tsx"
import { ConsoleHeader } from "./layout/header.tsx"
import { ConfigFormPage, ConfigListPage, LoginPage, TicketCreatePage, TicketListPage, TicketShowPage, WorkflowEditorPage, WorkflowListPage } from "./pages/lazy.ts"
import type { Identity } from "./providers/auth-provider.ts"
import { configPages } from "./resources.tsx"

/** While a page's chunk loads. */
export function PageSkeleton() {
  return (
    <div style={{ padding: 24 }}>
      <Skeleton active paragraph={{ rows: 8 }} />
    </div>
  )
}

/** The first page of a role: customers their requests, the team the queues. */
export function HomeRedirect() {
  const { data: identity, isLoading } = useGetIdentity<Identity>()
  if (isLoading) return <PageSkeleton />
  return <Navigate to={identity?.kind === "customer" ? "/requests" : "/queue"} replace />
}

/** The signed-in frame: sider with the role's menus, header, and the page. */
export function ConsoleLayout() {
  return (
    <Authenticated key="console" fallback={<CatchAllNavigate to="/login" />}>
      <ThemedLayout Header={ConsoleHeader} Title={({ collapsed }) => <BrandTitle collapsed={collapsed} />} Sider={(props) => <ThemedSider {...props} fixed />}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </ThemedLayout>
    </Authenticated>
  )
}

/**
 * The console's routes, to place inside a host app's `<Routes>` (under a layout of its own if
 * it likes): tickets for every role, configuration and workflows for admins.
 */
export function ticketflowRoutes() {
  return (
    <>
      <Route path="/requests" element={<TicketListPage view="mine" />} />
      <Route path="/organization" element={<TicketListPage view="organization" />} />
      <Route path="/queue" element={<TicketListPage view="queue" />} />
      <Route path="/assigned" element={<TicketListPage view="assigned" />} />
      <Route path="/tickets/new" element={<TicketCreatePage />} />
      <Route path="/tickets/:id" element={<TicketShowPage />} />
      {configPages.map(({ name }) => (
        <Route key={name} path={`/${name}`}>
          <Route index element={<ConfigListPage resource={name} />} />
          <Route path="create" element={<ConfigFormPage resource={name} action="create" />} />
          <Route path="edit/:id" element={<ConfigFormPage resource={name} action="edit" />} />
        </Route>
      ))}
      <Route path="/workflows" element={<WorkflowListPage />} />
      <Route path="/workflows/edit/:id" element={<WorkflowEditorPage />} />
    </>
  )
}

/** The whole standalone route tree: login, the signed-in console, and a 404. */
export function consoleRouteTree() {
  return (
    <>
      <Route element={<ConsoleLayout />}>
        <Route index element={<HomeRedirect />} />
        {ticketflowRoutes()}
        <Route path="*" element={<ErrorComponent />} />
      </Route>
      <Route
        element={
          <Authenticated key="login" fallback={<Outlet />}>
            <HomeRedirect />
          </Authenticated>
        }
      >
        <Route
          path="/login"
          element={
            <Suspense fallback={<PageSkeleton />}>
              <LoginPage />
            </Suspense>
          }
        />
      </Route>
    </>
  )
}
