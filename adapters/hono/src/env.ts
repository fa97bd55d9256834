import type { Actor } from "@ticketflow/core"

/** Who a request is from, as the authentication middleware found out. */
export interface AuthState {
  readonly actor: Actor | null
  /** How: a bearer token, the console's session cookie, or the host app's hook. */
  readonly via: "bearer" | "cookie" | "host" | null
  /** The hash of the session token, for logout. */
  readonly tokenHash: string | null
}

/** The Hono environment of the API's routes. */
export interface ApiEnv {
  Variables: { auth: AuthState }
}
