import type { HttpError } from "@refinedev/core"
import type { Problem } from "@ticketflow/hono/client"

/** Where the console keeps its session token between reloads. */
export interface TokenStore {
  get(): string | null
  set(token: string | null): void
}

/** A token store in `localStorage` (or in memory where there is none, as in tests). */
export function browserTokenStore(key = "ticketflow.token"): TokenStore {
  let memory: string | null = null
  const storage = typeof localStorage === "undefined" ? null : localStorage
  return {
    get: () => (storage === null ? memory : storage.getItem(key)),
    set: (token) => {
      memory = token
      if (storage === null) return
      if (token === null) storage.removeItem(key)
      else storage.setItem(key, token)
    },
  }
}

/** An RFC 9457 problem as the API answers errors (the API's `Problem` component). */
export type { Problem }

/** A Refine error made from a problem: `slug` is the stable last segment of its `type`. */
export interface TicketflowError extends HttpError {
  readonly slug: string
  readonly problem: Problem | null
}

/** What one request takes. */
export interface RequestOptions {
  readonly method?: string
  readonly query?: URLSearchParams | Record<string, string | number | undefined>
  readonly body?: unknown
  readonly headers?: Record<string, string>
  readonly signal?: AbortSignal
}

/** A thin client of ticketflow's REST API: bearer token, JSON in and out, problems as Refine errors. */
export interface ApiClient {
  /** The API's origin and prefix (`""` when the console is served by the API itself). */
  readonly apiUrl: string
  readonly tokens: TokenStore
  request<T>(path: string, options?: RequestOptions): Promise<T>
  /** Uploads one file as multipart `file`. */
  upload<T>(path: string, file: Blob, filename: string): Promise<T>
  /** An absolute URL of an API path, for links, images and the event stream. */
  url(path: string): string
}

/** What `createApiClient` takes. */
export interface ApiClientOptions {
  readonly apiUrl?: string
  readonly tokens?: TokenStore
  readonly fetch?: typeof fetch
}

/** Joins a path and a query into the URL a request goes to. */
export function withQuery(url: string, query: RequestOptions["query"]): string {
  if (query === undefined) return url
  const params =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))
  const text = params.toString()
  return text === "" ? url : `${url}${url.includes("?") ? "&" : "?"}${text}`
}

/** Turns a problem (or any failed response) into the error Refine shows, with field errors for forms. */
export function toRefineError(status: number, problem: Problem | null, fallback = "Request failed"): TicketflowError {
  const slug = problem?.type.split("/").pop() ?? (status === 0 ? "network" : "http")
  const errors: Record<string, string[]> = {}
  for (const issue of problem?.errors ?? []) {
    const field = issue.path.map(String).join(".") || "_"
    ;(errors[field] ??= []).push(issue.message)
  }
  const message = problem === null ? fallback : problem.detail || problem.title
  return { message, statusCode: status, slug, problem, ...(Object.keys(errors).length > 0 ? { errors } : {}) }
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get("Content-Type") ?? ""
  if (!type.includes("json")) return null
  try {
    const body = (await response.json()) as Partial<Problem>
    return typeof body.status === "number" && typeof body.type === "string" ? (body as Problem) : null
  } catch {
    return null
  }
}

/** Creates the API client the providers share. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const apiUrl = (options.apiUrl ?? "").replace(/\/$/, "")
  const tokens = options.tokens ?? browserTokenStore()
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const url = (path: string) => `${apiUrl}${path}`

  const send = async <T>(path: string, init: RequestInit, query?: RequestOptions["query"]): Promise<T> => {
    const token = tokens.get()
    const headers = new Headers(init.headers)
    headers.set("Accept", "application/json, application/problem+json")
    if (token !== null) headers.set("Authorization", `Bearer ${token}`)
    let response: Response
    try {
      response = await doFetch(withQuery(url(path), query), { credentials: "include", ...init, headers })
    } catch (cause) {
      if (init.signal?.aborted === true) throw cause
      throw toRefineError(0, null, "The server cannot be reached")
    }
    if (!response.ok) throw toRefineError(response.status, await readProblem(response), `${response.status} ${response.statusText}`)
    if (response.status === 204) return undefined as T
    const type = response.headers.get("Content-Type") ?? ""
    return (type.includes("json") ? await response.json() : await response.text()) as T
  }

  return {
    apiUrl,
    tokens,
    url,
    request: (path, request = {}) => {
      const headers: Record<string, string> = { ...request.headers }
      const init: RequestInit = { method: (request.method ?? "GET").toUpperCase(), headers }
      if (request.signal !== undefined) init.signal = request.signal
      if (request.body !== undefined) {
        headers["Content-Type"] = "application/json"
        init.body = JSON.stringify(request.body)
      }
      return send(path, init, request.query)
    },
    upload: (path, file, filename) => {
      const form = new FormData()
      form.append("file", file, filename)
      return send(path, { method: "POST", body: form })
    },
  }
}
