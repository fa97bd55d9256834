import { Refine } from "@refinedev/core"
import routerProvider, { DocumentTitleHandler, UnsavedChangesNotifier } from "@refinedev/react-router"
import { App as AntdApp, ConfigProvider } from "antd"
import dayjs from "dayjs"
import localizedFormat from "dayjs/plugin/localizedFormat"
import type { i18n as I18n } from "i18next"
import { useEffect, useMemo, useState } from "react"
import { I18nextProvider, useTranslation } from "react-i18next"
import { BrowserRouter, Routes } from "react-router"
import { ConsoleProvider } from "./context.tsx"
import { createConsole, type ConsoleOptions } from "./create-console.ts"
import { useNotificationProvider } from "./providers/notification-provider.ts"
import { antdLocaleLoaders, dayjsLocaleLoaders, isLanguage, type AntdLocale } from "./i18n/languages.ts"
import { ticketflowResources } from "./resources.tsx"
import { consoleRouteTree } from "./routes.tsx"
import "./styles.css"

dayjs.extend(localizedFormat)

/** The console's look: antd's blue theme with calmer radii and a readable type scale. */
export const consoleTheme = {
  token: {
    // antd's #1677ff fails WCAG AA contrast with white text (4.1:1); blue-7 passes (6.2:1).
    colorPrimary: "#0958d9",
    colorInfo: "#0958d9",
    colorLink: "#0958d9",
    // Hover darkens instead of lightening, so white text stays readable under the pointer.
    colorPrimaryHover: "#003eb3",
    colorLinkHover: "#003eb3",
    colorError: "#cf1322",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
    colorTextTertiary: "rgba(0, 0, 0, 0.55)",
    borderRadius: 8,
    fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    fontSize: 14,
    colorBgLayout: "#f5f7fb",
    colorTextSecondary: "rgba(0, 0, 0, 0.62)",
    colorTextDescription: "rgba(0, 0, 0, 0.62)",
  },
}

/** antd's and dayjs's texts follow the UI language, loaded when it changes. */
function useAntdLocale(language: string): AntdLocale | undefined {
  const [locale, setLocale] = useState<AntdLocale | undefined>(undefined)
  useEffect(() => {
    if (!isLanguage(language)) return
    if (language === "en") {
      // antd and dayjs speak English out of the box: nothing to load on the common path.
      dayjs.locale("en")
      setLocale(undefined)
      return
    }
    let live = true
    void Promise.all([antdLocaleLoaders[language](), dayjsLocaleLoaders[language]()]).then(([found]) => {
      if (!live) return
      dayjs.locale(language)
      setLocale(found)
    })
    return () => {
      live = false
    }
  }, [language])
  return locale
}

function ConsoleRefine({ options }: { options: ConsoleOptions }) {
  const { t, i18n } = useTranslation()
  const tf = useMemo(() => createConsole(options), [options])
  const resources = useMemo(() => ticketflowResources(t), [t, i18n.language])
  const locale = useAntdLocale(i18n.language)
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])
  return (
    <ConfigProvider theme={consoleTheme} {...(locale === undefined ? {} : { locale })}>
      <AntdApp>
        <ConsoleProvider services={tf.services}>
          <Refine
            dataProvider={tf.dataProvider}
            authProvider={tf.authProvider}
            accessControlProvider={tf.accessControlProvider}
            i18nProvider={tf.i18nProvider}
            routerProvider={routerProvider}
            notificationProvider={useNotificationProvider}
            resources={resources}
            options={{ syncWithLocation: false, warnWhenUnsavedChanges: true, disableTelemetry: true, reactQuery: { clientConfig: { defaultOptions: { queries: { refetchOnWindowFocus: false } } } } }}
          >
            <Routes>{consoleRouteTree()}</Routes>
            <UnsavedChangesNotifier />
            <DocumentTitleHandler handler={({ resource, action }) => `${resource?.meta?.label ?? t("app.name")}${action === "list" || action === undefined ? "" : ` · ${t(`actions.${action}`)}`} | ticketflow`} />
          </Refine>
        </ConsoleProvider>
      </AntdApp>
    </ConfigProvider>
  )
}

/** The standalone console: router, theme, languages and every page, over the API at `apiUrl`. */
export function TicketflowApp({ i18n, apiUrl = "", basename }: { i18n: I18n; apiUrl?: string; basename?: string }) {
  const options = useMemo<ConsoleOptions>(() => ({ i18n, apiUrl }), [i18n, apiUrl])
  return (
    <I18nextProvider i18n={i18n}>
      <BrowserRouter {...(basename === undefined ? {} : { basename })}>
        <ConsoleRefine options={options} />
      </BrowserRouter>
    </I18nextProvider>
  )
}
