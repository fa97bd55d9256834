import type { ApiClient } from "./http-client.ts"
import type { MeView, UserView } from "@ticketflow/hono/client"

/** What `GET /v1/auth/me` answers: the user, their departments and their tenant (the API's `MeView`). */
export type Me = MeView

/** The roles the console distinguishes: menus and buttons follow them. */
export type ConsoleRole = "customer" | "customer_admin" | "agent" | "admin"

/** The console role of a user: an organisation's support admin is `customer_admin`. */
export function roleOf(user: Pick<UserView, "kind" | "orgRole">): ConsoleRole {
  if (user.kind === "admin") return "admin"
  if (user.kind === "agent") return "agent"
  return user.orgRole === "support_admin" ? "customer_admin" : "customer"
}

/** Whether a role belongs to the support team (agents and admins). */
export const isTeam = (role: ConsoleRole | null): boolean => role === "agent" || role === "admin"

/** The signed-in actor, fetched once and shared by the auth and access-control providers. */
export interface Session {
  /** The current actor, or null when nobody is signed in. */
  me(): Promise<Me | null>
  /** Forgets the cached actor (after login, logout, or a 401). */
  reset(): void
}

/** A session over `GET /v1/auth/me`; a 401 means nobody, anything else is thrown. */
export function createSession(client: ApiClient): Session {
  let current: Promise<Me | null> | null = null
  return {
    me: () => {
      current ??= client.request<Me>("/v1/auth/me").catch((error: unknown) => {
        current = null
        if ((error as { statusCode?: number }).statusCode === 401) return null
        throw error
      })
      return current
    },
    reset: () => {
      current = null
    },
  }
}
