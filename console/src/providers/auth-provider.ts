import type { AuthProvider } from "@refinedev/core"
import type { ApiClient, TicketflowError } from "./http-client.ts"
import { roleOf, type ConsoleRole, type Session } from "./session.ts"

/** A demo user the login page offers for one-click sign-in. */
export interface DemoUser {
  readonly email: string
  readonly name: string
  readonly kind: "customer" | "agent" | "admin"
  readonly password: string
  readonly organisation?: string | null
  /** The organisation's key, as the quickstart's `GET /v1/demo` names it. */
  readonly organisationKey?: string | null
  readonly orgRole?: string | null
  readonly departmentKeys?: ReadonlyArray<string>
}

/** Who the console shows as signed in. */
export interface Identity {
  readonly id: string
  readonly name: string
  readonly email: string
  readonly kind: "customer" | "agent" | "admin"
  readonly role: ConsoleRole
  readonly organisationId: string | null
  readonly departmentKeys: ReadonlyArray<string>
  readonly locale: string
  readonly tenantName: string
}

/** What the access-control provider and pages read from `usePermissions`. */
export interface Permissions {
  readonly role: ConsoleRole
  readonly departmentKeys: ReadonlyArray<string>
}

/**
 * The demo users of a quickstart in demo mode, from `GET /v1/demo` (`{ users: DemoUser[] }`);
 * an empty list when the server has no demo (404) or cannot say.
 */
export async function fetchDemoUsers(client: ApiClient): Promise<ReadonlyArray<DemoUser>> {
  try {
    const demo = await client.request<{ users?: ReadonlyArray<DemoUser> }>("/v1/demo")
    return Array.isArray(demo.users) ? demo.users : []
  } catch {
    return []
  }
}

/**
 * Refine's auth provider over ticketflow's built-in login: `POST /v1/auth/login` returns a
 * bearer token (kept in the token store) and sets the session cookie that images, downloads
 * and the event stream use; `GET /v1/auth/me` tells who is signed in.
 */
export function createAuthProvider(client: ApiClient, session: Session): AuthProvider {
  return {
    login: async ({ email, password }: { email: string; password: string }) => {
      try {
        const result = await client.request<{ token: string }>("/v1/auth/login", { method: "POST", body: { email, password, cookie: true } })
        client.tokens.set(result.token)
        session.reset()
        return { success: true, redirectTo: "/" }
      } catch (error) {
        const failure = error as TicketflowError
        return { success: false, error: { name: failure.problem?.title ?? "Login failed", message: failure.message } }
      }
    },

    logout: async () => {
      try {
        await client.request<void>("/v1/auth/logout", { method: "POST" })
      } catch {
        // The session may be gone already; signing out locally is what matters.
      }
      client.tokens.set(null)
      session.reset()
      return { success: true, redirectTo: "/login" }
    },

    check: async () => {
      try {
        const me = await session.me()
        if (me !== null) return { authenticated: true }
      } catch (error) {
        return { authenticated: false, error: error as TicketflowError, redirectTo: "/login" }
      }
      client.tokens.set(null)
      return { authenticated: false, logout: true, redirectTo: "/login" }
    },

    onError: async (error: { statusCode?: number }) => {
      if (error?.statusCode === 401) {
        client.tokens.set(null)
        session.reset()
        return { logout: true, redirectTo: "/login" }
      }
      return {}
    },

    getIdentity: async (): Promise<Identity | null> => {
      const me = await session.me()
      if (me === null) return null
      const { user } = me
      return {
        id: user.id,
        name: user.name,
        email: user.email,
        kind: user.kind,
        role: roleOf(user),
        organisationId: user.organisationId,
        departmentKeys: me.departmentKeys,
        locale: user.locale,
        tenantName: me.tenant.name,
      }
    },

    getPermissions: async (): Promise<Permissions | null> => {
      const me = await session.me()
      return me === null ? null : { role: roleOf(me.user), departmentKeys: me.departmentKeys }
    },
  }
}
