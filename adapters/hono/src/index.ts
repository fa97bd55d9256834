/**
 * @module
 * ticketflow's REST API as a Hono app: every `/v1` route on @hono/zod-openapi, RFC 9457
 * problems, built-in or host authentication, streamed attachments, live updates over SSE,
 * `/openapi.json`, `/docs` and `/health`.
 */
export { createTicketflowApi } from "./app.ts"
export type { TicketflowApi } from "./app.ts"
export type { ApiLimits, ApiLogger, BuiltInAuth, HostAuth, HostAuthScheme, HostUser, OpenApiOAuthFlow, OpenApiSecurityScheme, TicketflowApiOptions, UploadSettled } from "./options.ts"
export type { ApiEnv, AuthState } from "./env.ts"
export { ApiProblem, Problem, problemBase, problemMediaType, toProblem } from "./problem.ts"
export type { ProblemContext, ProblemResponse } from "./problem.ts"
export { defaultPasswordCost, hashPassword, verifyPassword } from "./auth/password.ts"
export { setPassword } from "./auth/set-password.ts"
export type { TrustProxy } from "./auth/client-address.ts"
export type { PasswordGateState } from "./auth/password-gate.ts"
export { sessionCookie } from "./auth/authenticate.ts"
export { contentDisposition, sanitizeFilename } from "./attachments/filename.ts"
export { renderMarkdown } from "./markdown.ts"
