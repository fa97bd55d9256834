import type { BuiltInAuth, HostAuth, OpenApiSecurityScheme } from "./auth-options.ts"
import { bearerChallenge } from "../problem.ts"
import { sessionCookie } from "./session-cookie.ts"

/**
 * What the API tells of its authentication, in the OpenAPI document, the reference and a 401:
 * the built-in login's bearer token and cookie, or the host app's scheme, or nothing.
 */
export interface AuthScheme {
  /** The built-in login is on: `POST /v1/auth/login`, `/logout` and passwords exist. */
  readonly builtInLogin: boolean
  /** The document's `components.securitySchemes`. */
  readonly schemes: Readonly<Record<string, OpenApiSecurityScheme>>
  /** The document's `security`, which every operation not marked public accepts; empty when none is described. */
  readonly security: ReadonlyArray<Readonly<Record<string, readonly string[]>>>
  /** The scheme the reference's try-it-out preselects, or null. */
  readonly preferred: string | null
  /** The `WWW-Authenticate` value of a 401, or null for none. */
  readonly challenge: string | null
  /** The `detail` of a 401: how to authenticate. */
  readonly hint: string
}

/** The 401 detail when the host app does not describe its scheme. */
export const neutralHint = "Authentication required: sign in to the host application"

const builtIn: AuthScheme = {
  builtInLogin: true,
  schemes: {
    bearerAuth: { type: "http", scheme: "bearer", description: "The token from `POST /v1/auth/login`." },
    cookieAuth: {
      type: "apiKey",
      in: "cookie",
      name: sessionCookie,
      description: "The console's session cookie, set by `POST /v1/auth/login` with `cookie: true`.",
    },
  },
  security: [{ bearerAuth: [] }, { cookieAuth: [] }],
  preferred: "bearerAuth",
  challenge: bearerChallenge,
  hint: "Log in first: send `Authorization: Bearer <token>`",
}

/** The description of an `auth` option; a host scheme's name must be a valid OpenAPI component key. */
export function resolveAuthScheme(auth: BuiltInAuth | HostAuth): AuthScheme {
  if (!("authenticate" in auth)) return builtIn
  const scheme = auth.scheme
  if (scheme === undefined) return { builtInLogin: false, schemes: {}, security: [], preferred: null, challenge: null, hint: neutralHint }
  if (!/^[A-Za-z0-9._-]+$/.test(scheme.name)) {
    throw new Error(`createTicketflowApi: auth.scheme.name "${scheme.name}" is not an OpenAPI component key (letters, digits, ".", "-", "_")`)
  }
  return {
    builtInLogin: false,
    schemes: { [scheme.name]: scheme.definition },
    security: [{ [scheme.name]: [] }],
    preferred: scheme.name,
    challenge: scheme.challenge ?? null,
    hint: scheme.hint ?? neutralHint,
  }
}
