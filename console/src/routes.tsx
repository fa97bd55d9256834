import { useGetIdentity, useIsAuthenticated } from "@refinedev/core"
import { CatchAllNavigate } from "@refinedev/react-router"
import { Layout, Skeleton } from "antd"
import { Suspense, type ReactNode } from "react"
import { Navigate, Outlet, Route } from "react-router"
import { ConsoleSider } from "./layout/console-sider.tsx"
import { ConsoleHeader } from "./layout/header.tsx"
import { NotFound } from "./layout/not-found.tsx"
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

/**
 * Shows `children` to a signed-in user and `fallback` to anyone else. Unlike Refine's
 * `<Authenticated>`, which renders nothing while the auth check refetches, it keeps the page
 * mounted during a refetch: only the first check shows a skeleton, so a draft reply or a
 * half-filled form survives the checks that route changes and live updates trigger.
 */
export function SignedIn({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const { data, isLoading } = useIsAuthenticated()
  if (isLoading && data === undefined) return <PageSkeleton />
  return <>{data?.authenticated === true ? children : fallback}</>
}

/** The signed-in frame: sider with the role's menus, header, and the page. */
export function ConsoleLayout() {
  return (
    <SignedIn fallback={<CatchAllNavigate to="/login" />}>
      <Layout style={{ minHeight: "100vh" }}>
        <ConsoleSider />
        <Layout>
          <ConsoleHeader />
          {/* antd's Content is the page's <main> landmark. */}
          <Layout.Content>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </SignedIn>
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
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route
        element={
          <SignedIn fallback={<Outlet />}>
            <HomeRedirect />
          </SignedIn>
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
