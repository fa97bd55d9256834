import type { Actor, AuthStore, UpsertUserInput } from "@ticketflow/core"

// The `auth` option of `createTicketflowApi` and the OpenAPI shapes it is described with; apart
// from `options.ts` so that the auth modules can read them without importing the whole options.

/** A user of a host app, upserted by `externalId` before they act. */
export interface HostUser {
  /** The tenant the user belongs to; the API's tenant when absent. */
  readonly tenantId?: string | undefined
  readonly user: UpsertUserInput & { readonly externalId: string }
}

/** Authentication by the built-in login: password hashes and sessions in an `AuthStore`. */
export interface BuiltInAuth {
  readonly store: AuthStore
}

/** One OAuth 2 flow of an `oauth2` security scheme. */
export type OpenApiOAuthFlow = {
  readonly authorizationUrl?: string
  readonly tokenUrl?: string
  readonly refreshUrl?: string
  /** Scope name → what it grants. */
  readonly scopes: Readonly<Record<string, string>>
}

/** An OpenAPI 3.1 security scheme object, as `components.securitySchemes` holds it. */
export type OpenApiSecurityScheme =
  | { readonly type: "http"; readonly scheme: string; readonly bearerFormat?: string; readonly description?: string }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string; readonly description?: string }
  | {
      readonly type: "oauth2"
      readonly flows: {
        readonly implicit?: OpenApiOAuthFlow
        readonly password?: OpenApiOAuthFlow
        readonly clientCredentials?: OpenApiOAuthFlow
        readonly authorizationCode?: OpenApiOAuthFlow
      }
      readonly description?: string
    }
  | { readonly type: "openIdConnect"; readonly openIdConnectUrl: string; readonly description?: string }

/**
 * How a host app's own authentication looks from outside: its scheme in the OpenAPI document
 * and the reference, and what a 401 tells the caller.
 *
 * @example
 * const scheme: HostAuthScheme = {
 *   name: "hostSession",
 *   definition: { type: "apiKey", in: "cookie", name: "acme_session", description: "Acme's session cookie." },
 *   hint: "Sign in at https://acme.test/login first",
 * }
 */
export interface HostAuthScheme {
  /** The scheme's key in `components.securitySchemes`, which every secured operation names. */
  readonly name: string
  readonly definition: OpenApiSecurityScheme
  /** The `WWW-Authenticate` value of a 401, such as `Bearer realm="acme"`; none when absent. */
  readonly challenge?: string
  /** The `detail` of a 401: how to authenticate. */
  readonly hint?: string
}

/** Authentication by the host app: it tells who the request is from, or null for nobody. */
export interface HostAuth {
  readonly authenticate: (request: Request) => Promise<Actor | HostUser | null>
  /** The host's scheme, for the document and the 401; without it, both stay neutral. */
  readonly scheme?: HostAuthScheme
}
