import type { AttachmentStore, Clock, Engine, TicketEventFeed } from "@ticketflow/core"
import { systemClock } from "@ticketflow/core"
import { clientAddressBy, type TrustProxy } from "./auth/client-address.ts"
import { defaultPasswordCost } from "./auth/password.ts"
import { passwordGate, type PasswordGate, type PasswordGateState } from "./auth/password-gate.ts"
import { sessionRevocations, type SessionRevocations } from "./auth/revocations.ts"
import type { BuiltInAuth, HostAuth } from "./auth/auth-options.ts"
import { resolveAuthScheme, type AuthScheme } from "./auth/scheme.ts"

export type { BuiltInAuth, HostAuth, HostAuthScheme, HostUser, OpenApiOAuthFlow, OpenApiSecurityScheme } from "./auth/auth-options.ts"

/** The slice of a logger (pino, console) the API writes to. */
export interface ApiLogger {
  info(object: object, message?: string): void
  warn(object: object, message?: string): void
  error(object: object, message?: string): void
}

/** Limits of the API; every one has a default. */
export interface ApiLimits {
  /** Largest JSON body, bytes (1 MiB). */
  readonly maxJsonBytes?: number
  /** Largest upload whatever the tenant's policy says, bytes (100 MiB). */
  readonly maxUploadBytes?: number
  /** Login throttling (the scheme in `auth/rate-limit.ts`): only failures count, within `windowMs` (15 min). */
  readonly login?: {
    /** Failures of one account from one client address before that pair is refused (10). */
    readonly failuresPerAccount?: number
    /** Failures of one account from addresses it never logged in from before those are refused (100). */
    readonly failuresPerAccountFromNewAddresses?: number
    /** Failures from one client address, any account, before the address is refused (100). */
    readonly failuresPerAddress?: number
    readonly windowMs?: number
    /** How long an address the account logged in from stays known (30 days). */
    readonly knownAddressMs?: number
  }
  /** Password hashing (scrypt) per process: hashes at once (2) and hashes waiting (32); past both, 503 with `Retry-After`. */
  readonly passwordHashing?: {
    readonly concurrency?: number
    readonly maxQueue?: number
  }
  /** Lifetime of a session token (30 days). */
  readonly sessionTtlMs?: number
  /** Interval of the SSE heartbeat comment (15 s). */
  readonly sseHeartbeatMs?: number
  /** How long the SSE stream remembers whether the actor may see a ticket (5 s). */
  readonly sseVisibilityCacheMs?: number
  /** Requests under `/v1` worked on at once per process (256); past it, 503 with `Retry-After` at once. */
  readonly maxInFlight?: number
}

/** How an upload ended, told once its bytes are stored or every trace of them is gone. */
export interface UploadSettled {
  readonly tenantId: string
  readonly attachmentId: string
  /** `stored`: bytes and metadata kept; `failed`: refused, aborted or broken, nothing kept. */
  readonly outcome: "stored" | "failed"
  /** Why a failed upload failed. */
  readonly error?: unknown
}

/** What `createTicketflowApi` takes. */
export interface TicketflowApiOptions {
  readonly engine: Engine
  /** The tenant of a single-tenant install; or `resolveTenant` for many. */
  readonly tenantId?: string
  /** The tenant a request is for (from its host name, a header…); null answers 404. */
  readonly resolveTenant?: (request: Request) => Promise<string | null>
  readonly auth: BuiltInAuth | HostAuth
  readonly attachments: AttachmentStore
  /** Told of every upload once it has settled, after a failed one's partial file is removed (tests, metrics). */
  readonly onUploadSettled?: (upload: UploadSettled) => void
  /** Live updates for `GET /v1/events/stream`; the same feed the engine publishes to. */
  readonly feed?: TicketEventFeed
  /** What `/health` reports: a database ping, typically. */
  readonly health?: () => Promise<{ readonly ok: boolean; readonly details?: Record<string, unknown> }>
  readonly limits?: ApiLimits
  readonly logger?: ApiLogger
  /** The client address for login throttling; by default the socket's address on @hono/node-server, or per `trustProxy`. */
  readonly clientAddress?: (request: Request, env: unknown) => string
  /**
   * Whether `X-Forwarded-For` tells the client address (without `clientAddress`): `false` by
   * default (the socket's address); a number of trusted proxy hops in front of the API; `true` for all.
   */
  readonly trustProxy?: TrustProxy
  /** Told how many password hashes run and wait at every change (tests, metrics). */
  readonly observePasswordHashing?: (state: PasswordGateState) => void
  /** Session expiry and rate-limit windows read this clock (the wall clock by default). */
  readonly clock?: Clock
  /** scrypt's cost (log2 N) for passwords set through the API and the unknown-email decoy (17). */
  readonly passwordCost?: number
  /** The title and version of the OpenAPI document. */
  readonly info?: { readonly title?: string; readonly version?: string; readonly description?: string }
}

/** The options with every default filled in, as the routes read them. */
export interface ApiDeps {
  readonly engine: Engine
  readonly tenantOf: (request: Request) => Promise<string | null>
  readonly auth: BuiltInAuth | HostAuth
  /** How the authentication is described: the document's schemes, the 401's challenge and detail. */
  readonly authScheme: AuthScheme
  readonly attachments: AttachmentStore
  readonly onUploadSettled: (upload: UploadSettled) => void
  readonly feed: TicketEventFeed | null
  readonly health: () => Promise<{ readonly ok: boolean; readonly details?: Record<string, unknown> }>
  readonly limits: Required<Omit<ApiLimits, "login">> & { readonly login: Required<NonNullable<ApiLimits["login"]>> }
  readonly logger: ApiLogger
  readonly clientAddress: (request: Request, env: unknown) => string
  /** The bound on concurrent password hashing every login and password change goes through. */
  readonly passwordGate: PasswordGate
  /** Tells this process's live streams of revoked sessions. */
  readonly revocations: SessionRevocations
  readonly clock: Clock
  readonly passwordCost: number
}

const silentLogger: ApiLogger = { info: () => {}, warn: () => {}, error: () => {} }

/** Fills in the defaults of the options. */
export function resolveOptions(options: TicketflowApiOptions): ApiDeps {
  const { tenantId, resolveTenant } = options
  if (tenantId === undefined && resolveTenant === undefined) {
    throw new Error("createTicketflowApi needs a tenantId or a resolveTenant function")
  }
  const limits = options.limits ?? {}
  return {
    engine: options.engine,
    tenantOf: resolveTenant ?? (async () => tenantId ?? null),
    auth: options.auth,
    authScheme: resolveAuthScheme(options.auth),
    attachments: options.attachments,
    onUploadSettled: options.onUploadSettled ?? (() => {}),
    feed: options.feed ?? null,
    health: options.health ?? (async () => ({ ok: true })),
    limits: {
      maxJsonBytes: limits.maxJsonBytes ?? 1024 * 1024,
      maxUploadBytes: limits.maxUploadBytes ?? 100 * 1024 * 1024,
      login: {
        failuresPerAccount: limits.login?.failuresPerAccount ?? 10,
        failuresPerAccountFromNewAddresses: limits.login?.failuresPerAccountFromNewAddresses ?? 100,
        failuresPerAddress: limits.login?.failuresPerAddress ?? 100,
        windowMs: limits.login?.windowMs ?? 15 * 60 * 1000,
        knownAddressMs: limits.login?.knownAddressMs ?? 30 * 24 * 60 * 60 * 1000,
      },
      passwordHashing: { concurrency: limits.passwordHashing?.concurrency ?? 2, maxQueue: limits.passwordHashing?.maxQueue ?? 32 },
      sessionTtlMs: limits.sessionTtlMs ?? 30 * 24 * 60 * 60 * 1000,
      sseHeartbeatMs: limits.sseHeartbeatMs ?? 15_000,
      sseVisibilityCacheMs: limits.sseVisibilityCacheMs ?? 5_000,
      maxInFlight: limits.maxInFlight ?? 256,
    },
    logger: options.logger ?? silentLogger,
    clientAddress: options.clientAddress ?? clientAddressBy(options.trustProxy ?? false),
    passwordGate: passwordGate({ concurrency: limits.passwordHashing?.concurrency, maxQueue: limits.passwordHashing?.maxQueue, observe: options.observePasswordHashing }),
    revocations: sessionRevocations(),
    clock: options.clock ?? systemClock,
    passwordCost: options.passwordCost ?? defaultPasswordCost,
  }
}
