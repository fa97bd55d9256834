import { findUnlinkedUploads, removeUnlinkedUploads } from "../commands/unlinked-uploads.ts"
import { runDueTimers, runTimer } from "../commands/run-due-timers.ts"
import { createTenant, CreateTenantInput, hostListUsers, listTenants, lookupUser, syncUser, UpsertUserInput } from "../commands/users.ts"
import { declare } from "../declare.ts"

/** Trusted calls of the host application: tenants, its own users, timers and upload clean-up. */
export const hostDeclarations = {
  createTenant: declare({
    kind: "command",
    summary: "Creates a tenant with the default workflow installed.",
    input: CreateTenantInput,
    access: "host",
    errors: ["ValidationFailed"],
    program: createTenant,
  }),
  listTenants: declare({
    kind: "query",
    summary: "Every tenant of the store.",
    input: null,
    access: "host",
    errors: [],
    program: listTenants,
  }),
  syncUser: declare({
    kind: "command",
    summary: "Creates or updates a user of a tenant, matched by id, external id, then email: how a host with its own sign-in provisions users.",
    input: UpsertUserInput,
    access: "host",
    errors: ["ValidationFailed", "NotFound", "Conflict"],
    program: syncUser,
  }),
  lookupUser: declare({
    kind: "query",
    summary: "A user of a tenant by id, email or external id, or null (logins, host authentication).",
    input: null,
    access: "host",
    errors: [],
    program: lookupUser,
  }),
  hostListUsers: declare({
    kind: "query",
    summary: "The users of a tenant (provisioning, passwords).",
    input: null,
    access: "host",
    errors: [],
    program: hostListUsers,
  }),
  runDueTimers: declare({
    kind: "command",
    summary: "Fires every timer due now (AUTO_CLOSE, SLA checks) and drops stale ones.",
    input: null,
    access: "host",
    errors: [],
    program: runDueTimers,
  }),
  runTimer: declare({
    kind: "command",
    summary: "Fires one timer read from the store at `now`, or drops it when stale; resolves to whether it fired.",
    input: null,
    access: "host",
    errors: [],
    program: runTimer,
  }),
  findUnlinkedUploads: declare({
    kind: "query",
    summary: "Uploads of every tenant still unlinked and older than a date (the upload sweeper).",
    input: null,
    access: "host",
    errors: [],
    program: findUnlinkedUploads,
  }),
  removeUnlinkedUploads: declare({
    kind: "command",
    summary: "Removes the metadata of uploads still unlinked, returning the ids removed (the upload sweeper).",
    input: null,
    access: "host",
    errors: [],
    program: removeUnlinkedUploads,
  }),
}
