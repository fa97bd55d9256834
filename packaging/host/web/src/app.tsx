import "@ant-design/v5-patch-for-react-19" // antd 5 on React 19: antd's own compatibility patch
import "@ticketflow/console/styles.css"
import { Refine } from "@refinedev/core"
import routerProvider from "@refinedev/react-router"
import { App as AntdApp, ConfigProvider, Layout } from "antd"
import { Suspense } from "react"
import { I18nextProvider } from "react-i18next"
import { BrowserRouter, Navigate, Outlet, Route, Routes } from "react-router"
import {
  ConsoleProvider,
  ConsoleSider,
  HomeRedirect,
  LoginPage,
  PageSkeleton,
  SignedIn,
  consoleTheme,
  createConsole,
  createI18n,
  ticketflowResources,
  ticketflowRoutes,
  useNotificationProvider,
} from "@ticketflow/console"
// The host's own data provider and page.
import { AccountsPage, crmDataProvider } from "./crm"

// One i18next instance with the console's messages (English loaded, the browser's language
// ready); a host with its own instance passes it to createConsole and loads the console's
// messages into it with ensureLanguage(i18n, code).
const i18n = await createI18n()
// The API mounted at /support on the host's own origin; from another origin, its full URL
// ("https://support.example.com").
const tf = createConsole({ apiUrl: "/support", i18n })

// The host's frame, here with the console's sider. The console's pages are lazy: the outlet
// sits in a <Suspense>.
function HostLayout() {
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <ConsoleSider />
      <Layout.Content>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  )
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <ConfigProvider theme={consoleTheme}>
          <AntdApp>
            <ConsoleProvider services={tf.services}>
              <Refine
                // The console's pages use the default data provider; name the host's own.
                dataProvider={{ default: tf.dataProvider, crm: crmDataProvider }}
                authProvider={tf.authProvider}
                accessControlProvider={tf.accessControlProvider}
                i18nProvider={tf.i18nProvider}
                routerProvider={routerProvider}
                notificationProvider={useNotificationProvider}
                resources={[
                  { name: "accounts", list: "/accounts", meta: { dataProviderName: "crm" } },
                  ...ticketflowResources(i18n.t),
                ]}
                options={{ disableTelemetry: true }}
              >
                <Routes>
                  <Route element={<SignedIn fallback={<Navigate to="/login" replace />}><HostLayout /></SignedIn>}>
                    {/* `/`: customers to their requests, the team to the queues. */}
                    <Route index element={<HomeRedirect />} />
                    <Route path="/accounts" element={<AccountsPage />} />
                    {ticketflowRoutes()}
                  </Route>
                  {/* The auth provider sends signed-out users here; once signed in, to their first page. */}
                  <Route
                    path="/login"
                    element={
                      <SignedIn fallback={<Suspense fallback={<PageSkeleton />}><LoginPage /></Suspense>}>
                        <HomeRedirect />
                      </SignedIn>
                    }
                  />
                </Routes>
              </Refine>
            </ConsoleProvider>
          </AntdApp>
        </ConfigProvider>
      </BrowserRouter>
    </I18nextProvider>
  )
}
