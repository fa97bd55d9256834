import { resolve } from "node:path"
import { fileURLToPath } from "node:url"

/** How the quickstart runs; every field comes from the environment or the command line. */
export interface QuickstartConfig {
  readonly port: number
  readonly host: string
  /** Postgres when set; embedded PGlite in `dataDir` otherwise. */
  readonly databaseUrl: string | null
  readonly dataDir: string
  /** Install the demo tenant and users on an empty database. */
  readonly demo: boolean
  /** The built standalone console (`console/dist-app`, or `TICKETFLOW_CONSOLE_DIR`) served at `/`, when it exists. */
  readonly consoleDir: string
  /** The first admin of a non-demo install. */
  readonly admin: { readonly email: string; readonly password: string } | null
  readonly logLevel: string
  /** How long one database statement may run, ms (`TICKETFLOW_STATEMENT_TIMEOUT_MS`, 5000); past it the request answers 503. */
  readonly statementTimeoutMs: number
  /** How many requests the API works on at once (`TICKETFLOW_MAX_IN_FLIGHT`, 256); more answer 503 at once. */
  readonly maxInFlight: number
  /**
   * Which `X-Forwarded-For` entry is the client, for login throttling (`TICKETFLOW_TRUST_PROXY`):
   * `false` (unset, the default) the socket's address; a number of proxy hops; `true` the leftmost.
   */
  readonly trustProxy: boolean | number
}

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..")

/** Reads the configuration: `PORT`, `HOST`, `DATABASE_URL`, `TICKETFLOW_DATA_DIR`, `--no-demo`, … */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: ReadonlyArray<string> = process.argv.slice(2)): QuickstartConfig {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`)
  const adminEmail = env.TICKETFLOW_ADMIN_EMAIL
  const adminPassword = env.TICKETFLOW_ADMIN_PASSWORD
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL ?? null,
    // `npm start` runs in this package's folder; INIT_CWD is where the user typed it.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), env.TICKETFLOW_DATA_DIR ?? ".ticketflow"),
    demo: !argv.includes("--no-demo"),
    consoleDir: resolve(env.TICKETFLOW_CONSOLE_DIR ?? resolve(repoRoot, "console/dist-app")),
    admin: adminEmail !== undefined && adminPassword !== undefined ? { email: adminEmail, password: adminPassword } : null,
    logLevel: env.LOG_LEVEL ?? "info",
    statementTimeoutMs: positiveInteger(env, "TICKETFLOW_STATEMENT_TIMEOUT_MS", 5_000),
    maxInFlight: positiveInteger(env, "TICKETFLOW_MAX_IN_FLIGHT", 256),
    trustProxy: trustProxyOf(env.TICKETFLOW_TRUST_PROXY),
  }
}

/** `TICKETFLOW_TRUST_PROXY`: unset, empty or `false` trusts no proxy; `true` every hop; a whole number that many hops. */
function trustProxyOf(text: string | undefined): boolean | number {
  if (text === undefined || text === "" || text === "false") return false
  if (text === "true") return true
  const hops = Number(text)
  if (!Number.isInteger(hops) || hops < 0) throw new Error(`TICKETFLOW_TRUST_PROXY must be true, false or a number of proxy hops, not ${text}`)
  return hops
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]
  if (text === undefined || text === "") return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not ${text}`)
  return value
}
