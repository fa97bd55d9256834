import type { AccessControlProvider, AuthProvider, DataProvider, I18nProvider } from "@refinedev/core"
import type { i18n as I18n } from "i18next"
import type { ConsoleServices } from "./context.tsx"
import { createAccessControlProvider } from "./providers/access-control.ts"
import { createAuthProvider, fetchDemoUsers, type DemoUser } from "./providers/auth-provider.ts"
import { createDataProvider } from "./providers/data-provider.ts"
import { createApiClient, type TokenStore } from "./providers/http-client.ts"
import { createI18nProvider } from "./providers/i18n-provider.ts"
import { createSession, roleOf } from "./providers/session.ts"

/** What `createConsole` takes. */
export interface ConsoleOptions {
  /** Where the API is: `""` (the default) when the console is served by it, or `https://support.example.com`. */
  readonly apiUrl?: string
  /** An i18next instance (see `createI18n`); pass a host app's own to share its language. */
  readonly i18n: I18n
  readonly tokens?: TokenStore
  /** Demo users to list on the login page; by default asked of `GET /v1/demo`. */
  readonly demoUsers?: () => Promise<ReadonlyArray<DemoUser>>
}

/** Everything a Refine app needs to run the console's resources: providers and services. */
export interface TicketflowConsole {
  readonly dataProvider: DataProvider
  readonly authProvider: AuthProvider
  readonly accessControlProvider: AccessControlProvider
  readonly i18nProvider: I18nProvider
  /** For `<ConsoleProvider services={…}>` around the console's pages. */
  readonly services: ConsoleServices
}

/**
 * Creates the console's providers over one API client and session.
 *
 * @example
 * const i18n = await createI18n()
 * const tf = createConsole({ apiUrl: "https://support.example.com", i18n })
 * <Refine dataProvider={tf.dataProvider} authProvider={tf.authProvider} … />
 */
export function createConsole(options: ConsoleOptions): TicketflowConsole {
  const client = createApiClient({ apiUrl: options.apiUrl ?? "", ...(options.tokens === undefined ? {} : { tokens: options.tokens }) })
  const session = createSession(client)
  return {
    dataProvider: createDataProvider(client),
    authProvider: createAuthProvider(client, session),
    accessControlProvider: createAccessControlProvider(async () => {
      const me = await session.me().catch(() => null)
      return me === null ? null : roleOf(me.user)
    }),
    i18nProvider: createI18nProvider(options.i18n),
    services: { client, session, demoUsers: options.demoUsers ?? (() => fetchDemoUsers(client)) },
  }
}
