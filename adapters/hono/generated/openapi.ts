// Generated from the API's OpenAPI document (`/openapi.json`) by `npm run generate:client -w @ticketflow/hono`; do not edit.
/* eslint-disable */
/**
 * @module
 * `@ticketflow/hono/client`: the types of ticketflow's REST API, types only (no runtime code):
 * `paths` and `components` for `openapi-fetch` (`createClient<paths>({ baseUrl })`; bring your
 * own: this package does not depend on a client library), and named aliases of the views the
 * API answers with (`TicketView`, `MessageView`, `AllowedEventView`, `Problem`…).
 */
export interface paths {
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Email and password → an opaque bearer token (and, with `cookie: true`, an HttpOnly session cookie). Failed attempts are throttled per account and client address, per account from new addresses, and per address (429 with `Retry-After`); when too many password checks are queued, 503 with `Retry-After`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the session of the token (or cookie) the request carries, and closes its live event streams.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acting user, their departments and their tenant.
         * @description Who the request is from.
         */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of the tickets the actor may see, filtered and sorted, with a cursor to the next page.
         * @description Keyset-paginated: pass `nextCursor` back as `cursor`. Date presets use the tenant's time zone.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Creates a ticket for the actor, or (the team) on a customer's behalf; an idempotency key makes a retry return the first ticket.
         * @description The idempotency key is the `Idempotency-Key` header; `Location` names the ticket. Files uploaded before are linked with `attachmentIds`.
         */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts by status and category for the list's filters, ignoring status and category (the tabs).
         * @description The same filters as `GET /v1/tickets`. Date presets use the tenant's time zone.
         */
        get: operations["countTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket the actor may see, by id, number or #number.
         * @description A ticket the actor may not see is 404, as one that does not exist. `If-None-Match` with the ETag answers 304.
         */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a ticket's fields under the edit rules; absent fields stay.
         * @description `If-Match` with the ETag fails with 412 if the ticket moved on. A locked field is 409 `ticket-locked`; the answer names the fields the actor may change now.
         */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/v1/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conversation of a ticket; internal notes only for the team.
         * @description Each message with its sanitised HTML and its files.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Posts a public reply (which may fire the workflow's reply triggers) or an internal note (the team only).
         * @description A reply may move the ticket, e.g. a customer answering a clarification. `Idempotency-Key` makes a retry return the first message.
         */
        post: operations["postMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of a ticket; internal events only for the team.
         * @description Every change of the ticket, oldest first.
         */
        get: operations["listTicketEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events the actor may fire on a ticket now, each with its target and whether it needs a comment.
         * @description The action buttons of a ticket.
         */
        get: operations["listTransitions"];
        put?: never;
        /**
         * Fires a workflow event (START, REQUEST_CLARIFICATION, ACCEPT, CLOSE…) with its comment or resolution.
         * @description A refused event is 409 `invalid-transition` with the allowed events; `If-Match` with the ETag fails with 412 if the ticket moved on.
         */
        post: operations["fireTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Streams one file (the multipart part `file`) to the attachment store. Its content type is sniffed from the bytes; the tenant's attachment policy limits size (413) and types (415). Link it to a ticket or message with `attachmentIds` (your own uploads; staff may link a customer's only where she still sees it, else 422 `attachment-not-linkable`). A failed or interrupted upload keeps nothing; one left unlinked is removed by the upload sweeper (`sweepUploads`; after 24 hours by default).
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description The bytes of a file the actor may see: of a message on a visible ticket (internal notes' files are for the team only), or an upload of their own not yet linked. Raster images are served inline, everything else as a download; never as HTML or SVG.
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A thumbnail of an image
         * @description A WebP thumbnail for image previews, under the same access rules as the download. Not an image: 415; without the optional `sharp` package installed on the server: 501.
         */
        get: operations["attachmentThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live ticket events
         * @description Server-sent events: `ready` once subscribed, then one `ticket-event` (a `TicketEvent` component, core's `EventView`, as JSON) per change of a ticket the actor may see; internal events only for the team. A comment line every 15 s keeps the connection open. The stream ends when its session does (logout, password change or reset, deactivation, expiry): at once in the process that revoked it, within one heartbeat interval in any other.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List departments
         * @description Every department of the tenant. The team reads all; customers read what the ticket form needs.
         */
        get: operations["listDepartments"];
        put?: never;
        /**
         * Create a department
         * @description Admins only; an existing key is 409.
         */
        post: operations["createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/departments/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a department
         * @description One department by key.
         */
        get: operations["getDepartment"];
        /**
         * Create or replace a department
         * @description Admins only; the whole department, by key.
         */
        put: operations["replaceDepartment"];
        post?: never;
        /**
         * Delete a department
         * @description Admins only.
         */
        delete: operations["deleteDepartment"];
        options?: never;
        head?: never;
        /**
         * Change a department
         * @description Admins only; absent fields stay.
         */
        patch: operations["updateDepartment"];
        trace?: never;
    };
    "/v1/ticket-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ticket types
         * @description Every ticket type of the tenant. The team reads all; customers read what the ticket form needs.
         */
        get: operations["listTicketTypes"];
        put?: never;
        /**
         * Create a ticket type
         * @description Admins only; an existing key is 409.
         */
        post: operations["createTicketType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ticket-types/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket type
         * @description One ticket type by key.
         */
        get: operations["getTicketType"];
        /**
         * Create or replace a ticket type
         * @description Admins only; the whole ticket type, by key.
         */
        put: operations["replaceTicketType"];
        post?: never;
        /**
         * Delete a ticket type
         * @description Admins only.
         */
        delete: operations["deleteTicketType"];
        options?: never;
        head?: never;
        /**
         * Change a ticket type
         * @description Admins only; absent fields stay.
         */
        patch: operations["updateTicketType"];
        trace?: never;
    };
    "/v1/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List priorities
         * @description Every priority of the tenant. The team reads all; customers read what the ticket form needs.
         */
        get: operations["listPriorities"];
        put?: never;
        /**
         * Create a priority
         * @description Admins only; an existing key is 409.
         */
        post: operations["createPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/priorities/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a priority
         * @description One priority by key.
         */
        get: operations["getPriority"];
        /**
         * Create or replace a priority
         * @description Admins only; the whole priority, by key.
         */
        put: operations["replacePriority"];
        post?: never;
        /**
         * Delete a priority
         * @description Admins only.
         */
        delete: operations["deletePriority"];
        options?: never;
        head?: never;
        /**
         * Change a priority
         * @description Admins only; absent fields stay.
         */
        patch: operations["updatePriority"];
        trace?: never;
    };
    "/v1/catalog-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalog items
         * @description Every catalog item of the tenant. The team reads all; customers read what the ticket form needs.
         */
        get: operations["listCatalogItems"];
        put?: never;
        /**
         * Create a catalog item
         * @description Admins only; an existing key is 409.
         */
        post: operations["createCatalogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog-items/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a catalog item
         * @description One catalog item by key.
         */
        get: operations["getCatalogItem"];
        /**
         * Create or replace a catalog item
         * @description Admins only; the whole catalog item, by key.
         */
        put: operations["replaceCatalogItem"];
        post?: never;
        /**
         * Delete a catalog item
         * @description Admins only.
         */
        delete: operations["deleteCatalogItem"];
        options?: never;
        head?: never;
        /**
         * Change a catalog item
         * @description Admins only; absent fields stay.
         */
        patch: operations["updateCatalogItem"];
        trace?: never;
    };
    "/v1/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calendars
         * @description Every calendar of the tenant. The team reads all; customers read what the ticket form needs.
         */
        get: operations["listCalendars"];
        put?: never;
        /**
         * Create a calendar
         * @description Admins only; an existing key is 409.
         */
        post: operations["createCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendars/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a calendar
         * @description One calendar by key.
         */
        get: operations["getCalendar"];
        /**
         * Create or replace a calendar
         * @description Admins only; the whole calendar, by key.
         */
        put: operations["replaceCalendar"];
        post?: never;
        /**
         * Delete a calendar
         * @description Admins only.
         */
        delete: operations["deleteCalendar"];
        options?: never;
        head?: never;
        /**
         * Change a calendar
         * @description Admins only; absent fields stay.
         */
        patch: operations["updateCalendar"];
        trace?: never;
    };
    "/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SLA policies
         * @description Every SLA policy of the tenant. The team reads all; customers read what the ticket form needs.
         */
        get: operations["listSlaPolicies"];
        put?: never;
        /**
         * Create a SLA policy
         * @description Admins only; an existing key is 409.
         */
        post: operations["createSlaPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a SLA policy
         * @description One SLA policy by key.
         */
        get: operations["getSlaPolicy"];
        /**
         * Create or replace a SLA policy
         * @description Admins only; the whole SLA policy, by key.
         */
        put: operations["replaceSlaPolicy"];
        post?: never;
        /**
         * Delete a SLA policy
         * @description Admins only.
         */
        delete: operations["deleteSlaPolicy"];
        options?: never;
        head?: never;
        /**
         * Change a SLA policy
         * @description Admins only; absent fields stay.
         */
        patch: operations["updateSlaPolicy"];
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations
         * @description Every organisation of the tenant. The team reads all; customers read what the ticket form needs.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create a organisation
         * @description Admins only; an existing key is 409.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a organisation
         * @description One organisation by key.
         */
        get: operations["getOrganization"];
        /**
         * Create or replace a organisation
         * @description Admins only; the whole organisation, by key.
         */
        put: operations["replaceOrganization"];
        post?: never;
        /**
         * Delete a organisation
         * @description Admins only.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        /**
         * Change a organisation
         * @description Admins only; absent fields stay.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The users of the tenant (the team).
         * @description Agents and admins only.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Creates a user (admins); an email or external id in use is a conflict.
         * @description An email or external id in use is 409; `Location` names the user.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user by id: the team reads anyone of the tenant, a customer only themselves.
         * @description Another user's id is 403 for a customer.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes the named fields of a user (admins); `active: false` deactivates.
         * @description Name, kind, organisation, departments, `active: false` to deactivate (which ends the user's sessions and live streams; reactivating does not revive them)…
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's password
         * @description Admins set anyone's; a user sets their own with `currentPassword`. Ends the user's other sessions and their live streams (all of them after an admin's reset of another user). Built-in login only.
         */
        put: operations["setUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest version of every workflow, as the actor may read it.
         * @description The requester side reads each as `GET /v1/workflows/{key}` shows it: statuses and the transitions it may fire, no triggers or timers.
         */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Checks a workflow definition without publishing it: every problem with its code and path (the team).
         * @description A definition with problems is a 200 whose verdict lists them; only a body that is no definition at all is 422.
         */
        post: operations["validateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A workflow version (the latest when absent), as the actor may read it.
         * @description The latest version by default. The requester side reads its statuses and the transitions it may fire, without triggers or timers.
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validates a workflow and publishes it as the next version of its key (admins).
         * @description Tickets keep their version until migrated. A version published at the same time is 409.
         */
        post: operations["publishWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{key}/migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves the tickets of one workflow version to another with a status mapping, or previews it (admins).
         * @description `dryRun` previews which tickets move where.
         */
        post: operations["migrateTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Calls the host's health check (a database ping): 200 when ok, 503 otherwise.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A session: an opaque bearer token and who it is for. */
        LoginResult: {
            /** @description Send as `Authorization: Bearer <token>`. */
            token: string;
            /** @enum {string} */
            tokenType: "Bearer";
            expiresAt: string;
            user: components["schemas"]["User"];
        };
        /**
         * @description A customer, an agent or an admin.
         * @example {
         *       "id": "2a2a2a2a-0000-4000-8000-000000000004",
         *       "externalId": null,
         *       "email": "bob@acme.test",
         *       "name": "Bob Acme",
         *       "kind": "customer",
         *       "organisationId": "3b3b3b3b-0000-4000-8000-000000000010",
         *       "orgRole": "member",
         *       "locale": "en",
         *       "active": true,
         *       "createdAt": "2026-01-05T10:00:00.000Z"
         *     }
         */
        User: {
            id: string;
            /** @default null */
            externalId: string | null;
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            kind: "customer" | "agent" | "admin";
            /** @default null */
            organisationId: string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            orgRole: "member" | "support_admin" | null;
            /** @default en */
            locale: string;
            /** @default true */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description An error, as `application/problem+json` (RFC 9457).
         * @example {
         *       "type": "https://ticketflow.dev/problems/invalid-transition",
         *       "title": "Transition not allowed",
         *       "status": 409,
         *       "detail": "ACCEPT is not allowed from new",
         *       "allowed": [
         *         "CLOSE"
         *       ]
         *     }
         */
        Problem: {
            /**
             * @description A stable URI; its last segment is the slug clients switch on.
             * @example https://ticketflow.dev/problems/ticket-not-found
             */
            type: string;
            /** @example Ticket not found */
            title: string;
            /** @example 404 */
            status: number;
            /** @example Ticket 1042 not found */
            detail: string;
            /** @description Validation failures, each with its path and message. */
            errors?: components["schemas"]["ProblemIssue"][];
            /**
             * @description For `invalid-transition`: the events this actor may fire now.
             * @example [
             *       "START",
             *       "CLOSE"
             *     ]
             */
            allowed?: string[];
            /** @description For `ticket-locked`: the fields that may no longer change. */
            fields?: string[];
            /** @description For `rate-limited`: seconds to wait. */
            retryAfter?: number;
        };
        /** @description One failing field of a rejected request. */
        ProblemIssue: {
            /**
             * @example [
             *       "subject"
             *     ]
             */
            path: (string | number)[];
            /** @example Too small: expected string to have >=1 characters */
            message: string;
            /** @description A stable code, for workflow problems such as `unreachable_status`. */
            code?: string;
        };
        /** @description Email and password. */
        Login: {
            /** @example bob@acme.test */
            email: string;
            /** @example demo-password */
            password: string;
            /** @description Also set an HttpOnly session cookie (for the console). */
            cookie?: boolean;
        };
        /** @description The acting user, their departments and their tenant. */
        Me: {
            user: {
                id: string;
                /** @default null */
                externalId: string | null;
                /** Format: email */
                email: string;
                name: string;
                /** @enum {string} */
                kind: "customer" | "agent" | "admin";
                /** @default null */
                organisationId: string | null;
                /**
                 * @default null
                 * @enum {string|null}
                 */
                orgRole: "member" | "support_admin" | null;
                /** @default en */
                locale: string;
                /** @default true */
                active: boolean;
                /** Format: date-time */
                createdAt: string;
            };
            departmentKeys: string[];
            tenant: {
                key: string;
                name: string;
                settings: {
                    /** @default false */
                    agentsSeeAllTickets: boolean;
                    /** @default default */
                    defaultWorkflowKey: string;
                    /** @default UTC */
                    timeZone: string;
                    defaultCalendarKey?: string;
                    /** @default [] */
                    requiredFields: (("type" | "priority" | "department" | "desiredDueDate") | string)[];
                    attachmentPolicy?: {
                        /** @default 10 */
                        maxFilesPerMessage: number;
                        /** @default 26214400 */
                        maxBytesPerFile: number;
                        /** @default [] */
                        allowedTypes: string[];
                        maxImagesPerMessage?: number;
                        maxDocumentsPerMessage?: number;
                    };
                };
            };
        };
        /**
         * @description A ticket with what the actor may do to it now, by the engine's rules: `editableFields`, the fields of `PATCH /v1/tickets/{id}` they may change (empty when none), and `messageVisibilities`, the messages they may post (`public` replies, `internal` notes; empty on a closed ticket for the requester side).
         * @example {
         *       "id": "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01",
         *       "number": 1042,
         *       "subject": "Invoices page shows the wrong totals",
         *       "description": "Since Monday the totals on **Invoices** ignore credit notes.",
         *       "status": "in_progress",
         *       "statusCategory": "open",
         *       "typeKey": "bug",
         *       "priorityKey": "high",
         *       "departmentKey": "technical-support",
         *       "catalog": {
         *         "application": "crm",
         *         "module": "crm-invoices"
         *       },
         *       "requesterId": "2a2a2a2a-0000-4000-8000-000000000004",
         *       "organisationId": "3b3b3b3b-0000-4000-8000-000000000010",
         *       "contact": {
         *         "name": "Bob Acme",
         *         "email": "bob@acme.test",
         *         "phone": null
         *       },
         *       "desiredDueDate": "2026-03-06",
         *       "dueAt": null,
         *       "assigneeId": "2a2a2a2a-0000-4000-8000-000000000002",
         *       "reopenCount": 0,
         *       "resolution": null,
         *       "descriptionLocked": true,
         *       "createdAt": "2026-03-02T09:15:00.000Z",
         *       "updatedAt": "2026-03-02T09:15:00.000Z",
         *       "statusChangedAt": "2026-03-02T09:15:00.000Z",
         *       "firstResponseAt": null,
         *       "resolvedAt": null,
         *       "closedAt": null,
         *       "sla": {
         *         "policyKey": "high-sla",
         *         "calendarKey": "business-hours",
         *         "state": "running",
         *         "firstResponseTarget": "PT4H",
         *         "resolutionTarget": "PT27H",
         *         "firstResponseDueAt": "2026-03-02T13:15:00.000Z",
         *         "resolutionDueAt": "2026-03-05T09:15:00.000Z",
         *         "firstResponseRemainingMs": null,
         *         "resolutionRemainingMs": null,
         *         "firstResponseBreachedAt": null,
         *         "resolutionBreachedAt": null
         *       },
         *       "workflowKey": "default",
         *       "workflowVersion": 1,
         *       "version": 2,
         *       "editableFields": [
         *         "type",
         *         "priority",
         *         "department",
         *         "assigneeId",
         *         "dueAt",
         *         "subject",
         *         "description",
         *         "catalog",
         *         "desiredDueDate",
         *         "contact",
         *         "attachmentIds"
         *       ],
         *       "messageVisibilities": [
         *         "public",
         *         "internal"
         *       ]
         *     }
         */
        TicketDetail: {
            id: string;
            number: number;
            subject: string;
            description: string;
            status: string;
            /** @enum {string} */
            statusCategory: "new" | "open" | "pending" | "closed";
            typeKey: string | null;
            priorityKey: string | null;
            departmentKey: string | null;
            catalog: {
                [key: string]: string;
            };
            requesterId: string;
            organisationId: string | null;
            contact: {
                name: string;
                /**
                 * Format: email
                 * @default null
                 */
                email: string | null;
                /** @default null */
                phone: string | null;
            };
            /** Format: date */
            desiredDueDate: string | null;
            /** Format: date-time */
            dueAt: string | null;
            assigneeId: string | null;
            reopenCount: number;
            resolution: string | null;
            descriptionLocked: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            sla: {
                policyKey: string | null;
                calendarKey: string | null;
                /** @enum {string} */
                state: "none" | "running" | "paused" | "stopped";
                firstResponseTarget: string | null;
                resolutionTarget: string | null;
                /** Format: date-time */
                firstResponseDueAt: string | null;
                /** Format: date-time */
                resolutionDueAt: string | null;
                firstResponseRemainingMs: number | null;
                resolutionRemainingMs: number | null;
                /** Format: date-time */
                firstResponseBreachedAt: string | null;
                /** Format: date-time */
                resolutionBreachedAt: string | null;
            };
            workflowKey: string;
            workflowVersion: number;
            version: number;
            editableFields: ("subject" | "description" | "catalog" | "desiredDueDate" | "contact" | "attachmentIds" | "type" | "priority" | "department" | "assigneeId" | "dueAt")[];
            messageVisibilities: ("public" | "internal")[];
        };
        /**
         * @description A new ticket. `description` is Markdown, stored as written; `catalog` holds one catalog item key per kind; `requesterId` lets an agent create on a customer's behalf; `attachmentIds` are files uploaded with `POST /v1/attachments`.
         * @example {
         *       "subject": "Invoices page shows the wrong totals",
         *       "description": "Since Monday the totals ignore credit notes.",
         *       "type": "bug",
         *       "priority": "high",
         *       "department": "technical-support",
         *       "catalog": {
         *         "application": "crm",
         *         "module": "crm-invoices"
         *       },
         *       "desiredDueDate": "2026-03-06"
         *     }
         */
        CreateTicket: {
            subject: string;
            description?: string;
            type?: string;
            priority?: string;
            department?: string;
            catalog?: {
                [key: string]: string;
            };
            /** Format: date */
            desiredDueDate?: string;
            contact?: {
                name: string;
                /** Format: email */
                email?: string | null;
                phone?: string | null;
            };
            requesterId?: string;
            attachmentIds?: string[];
        };
        /** @description One page of tickets, keyset-paginated. */
        TicketPage: {
            items: components["schemas"]["Ticket"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A support request and its lifecycle state.
         * @example {
         *       "id": "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01",
         *       "number": 1042,
         *       "subject": "Invoices page shows the wrong totals",
         *       "description": "Since Monday the totals on **Invoices** ignore credit notes.",
         *       "status": "in_progress",
         *       "statusCategory": "open",
         *       "typeKey": "bug",
         *       "priorityKey": "high",
         *       "departmentKey": "technical-support",
         *       "catalog": {
         *         "application": "crm",
         *         "module": "crm-invoices"
         *       },
         *       "requesterId": "2a2a2a2a-0000-4000-8000-000000000004",
         *       "organisationId": "3b3b3b3b-0000-4000-8000-000000000010",
         *       "contact": {
         *         "name": "Bob Acme",
         *         "email": "bob@acme.test",
         *         "phone": null
         *       },
         *       "desiredDueDate": "2026-03-06",
         *       "dueAt": null,
         *       "assigneeId": "2a2a2a2a-0000-4000-8000-000000000002",
         *       "reopenCount": 0,
         *       "resolution": null,
         *       "descriptionLocked": true,
         *       "createdAt": "2026-03-02T09:15:00.000Z",
         *       "updatedAt": "2026-03-02T09:15:00.000Z",
         *       "statusChangedAt": "2026-03-02T09:15:00.000Z",
         *       "firstResponseAt": null,
         *       "resolvedAt": null,
         *       "closedAt": null,
         *       "sla": {
         *         "policyKey": "high-sla",
         *         "calendarKey": "business-hours",
         *         "state": "running",
         *         "firstResponseTarget": "PT4H",
         *         "resolutionTarget": "PT27H",
         *         "firstResponseDueAt": "2026-03-02T13:15:00.000Z",
         *         "resolutionDueAt": "2026-03-05T09:15:00.000Z",
         *         "firstResponseRemainingMs": null,
         *         "resolutionRemainingMs": null,
         *         "firstResponseBreachedAt": null,
         *         "resolutionBreachedAt": null
         *       },
         *       "workflowKey": "default",
         *       "workflowVersion": 1,
         *       "version": 2
         *     }
         */
        Ticket: {
            id: string;
            number: number;
            subject: string;
            description: string;
            status: string;
            /** @enum {string} */
            statusCategory: "new" | "open" | "pending" | "closed";
            typeKey: string | null;
            priorityKey: string | null;
            departmentKey: string | null;
            catalog: {
                [key: string]: string;
            };
            requesterId: string;
            organisationId: string | null;
            contact: {
                name: string;
                /**
                 * Format: email
                 * @default null
                 */
                email: string | null;
                /** @default null */
                phone: string | null;
            };
            /** Format: date */
            desiredDueDate: string | null;
            /** Format: date-time */
            dueAt: string | null;
            assigneeId: string | null;
            reopenCount: number;
            resolution: string | null;
            descriptionLocked: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            sla: {
                policyKey: string | null;
                calendarKey: string | null;
                /** @enum {string} */
                state: "none" | "running" | "paused" | "stopped";
                firstResponseTarget: string | null;
                resolutionTarget: string | null;
                /** Format: date-time */
                firstResponseDueAt: string | null;
                /** Format: date-time */
                resolutionDueAt: string | null;
                firstResponseRemainingMs: number | null;
                resolutionRemainingMs: number | null;
                /** Format: date-time */
                firstResponseBreachedAt: string | null;
                /** Format: date-time */
                resolutionBreachedAt: string | null;
            };
            workflowKey: string;
            workflowVersion: number;
            version: number;
        };
        /**
         * @description Counts for the list tabs: the same filters, ignoring `status` and `category`.
         * @example {
         *       "total": 5,
         *       "byStatus": {
         *         "new": 2,
         *         "in_progress": 2,
         *         "closed": 1
         *       },
         *       "byCategory": {
         *         "new": 2,
         *         "open": 2,
         *         "pending": 0,
         *         "closed": 1
         *       }
         *     }
         */
        TicketCounts: {
            total: number;
            byStatus: {
                [key: string]: number;
            };
            byCategory: {
                new?: number;
                open?: number;
                pending?: number;
                closed?: number;
            };
        };
        /**
         * @description Fields to change; absent fields stay. The requester side edits subject, description, catalog, desired due date, contact and files while the description is unlocked; the team edits everything until closed.
         * @example {
         *       "priority": "urgent",
         *       "assigneeId": "2a2a2a2a-0000-4000-8000-000000000002"
         *     }
         */
        UpdateTicket: {
            subject?: string;
            description?: string;
            catalog?: {
                [key: string]: string;
            };
            /** Format: date */
            desiredDueDate?: string | null;
            contact?: {
                name: string;
                /** Format: email */
                email?: string | null;
                phone?: string | null;
            };
            type?: string | null;
            priority?: string | null;
            department?: string | null;
            assigneeId?: string | null;
            /** Format: date-time */
            dueAt?: string | null;
            attachmentIds?: string[];
        };
        /**
         * @description A public reply or an internal note (the team only). `bodyHtml` is the Markdown body rendered to sanitised HTML: no raw HTML, scripts, event handlers or unsafe links.
         * @example {
         *       "id": "7e7e7e7e-0000-4000-8000-000000000030",
         *       "ticketId": "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01",
         *       "authorId": "2a2a2a2a-0000-4000-8000-000000000002",
         *       "visibility": "public",
         *       "body": "Could you send a **screenshot**?",
         *       "bodyHtml": "<p>Could you send a <strong>screenshot</strong>?</p>\n",
         *       "attachmentIds": [],
         *       "attachments": [],
         *       "isDescription": false,
         *       "event": "REQUEST_CLARIFICATION",
         *       "createdAt": "2026-03-02T09:20:00.000Z",
         *       "editedAt": null
         *     }
         */
        Message: {
            id: string;
            ticketId: string;
            authorId: string | null;
            /** @enum {string} */
            visibility: "public" | "internal";
            body: string;
            attachmentIds: string[];
            isDescription: boolean;
            event: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editedAt: string | null;
            bodyHtml: string;
            attachments: {
                id: string;
                ticketId: string | null;
                messageId: string | null;
                filename: string;
                contentType: string;
                size: number;
                sha256: string;
                uploadedBy: string;
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        /** @description The message as stored, and the ticket after it: a customer's reply to a clarification moves it back. */
        PostedMessage: {
            message: components["schemas"]["Message"];
            ticket: components["schemas"]["Ticket"];
        };
        /**
         * @description A reply or an internal note: `body` is Markdown, stored as written; `internal` notes are for the team only (`public` by default).
         * @example {
         *       "body": "Here is the screenshot.",
         *       "visibility": "public",
         *       "attachmentIds": []
         *     }
         */
        PostMessage: {
            body: string;
            /** @enum {string} */
            visibility?: "public" | "internal";
            attachmentIds?: string[];
        };
        /**
         * @description One change of a ticket. Internal events (notes, SLA breaches, migrations) are shown to the team only.
         * @example {
         *       "id": "5c5c5c5c-0000-4000-8000-000000000040",
         *       "ticketId": "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01",
         *       "version": 2,
         *       "seq": 0,
         *       "type": "StatusChanged",
         *       "actorId": "2a2a2a2a-0000-4000-8000-000000000002",
         *       "at": "2026-03-02T09:20:00.000Z",
         *       "visibility": "public",
         *       "payload": {
         *         "event": "START",
         *         "from": "new",
         *         "to": "in_progress"
         *       },
         *       "changes": {
         *         "status": "in_progress",
         *         "statusCategory": "open"
         *       }
         *     }
         */
        TicketEvent: {
            id: string;
            ticketId: string;
            version: number;
            seq: number;
            /** @enum {string} */
            type: "TicketCreated" | "StatusChanged" | "MessagePosted" | "NoteAdded" | "DescriptionEdited" | "FieldsChanged" | "Assigned" | "DueDateChanged" | "SlaBreached" | "WorkflowMigrated";
            actorId: string | null;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            visibility: "public" | "internal";
            payload: {
                [key: string]: unknown;
            };
            changes: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A transition this actor may fire now: where it leads and whether it needs a comment.
         * @example {
         *       "event": "SUBMIT_FOR_ACCEPTANCE",
         *       "target": "awaiting_acceptance",
         *       "targetCategory": "pending",
         *       "comment": "optional",
         *       "resolutions": [],
         *       "name": "Submit for acceptance",
         *       "labels": {}
         *     }
         */
        AllowedEvent: {
            event: string;
            target: string;
            /** @enum {string} */
            targetCategory: "new" | "open" | "pending" | "closed";
            /** @enum {string} */
            comment: "required" | "optional" | "none";
            resolutions: string[];
            name: string;
            labels: {
                [key: string]: string;
            };
        };
        /**
         * @description A workflow event to fire, with its comment or resolution.
         * @example {
         *       "event": "REQUEST_CLARIFICATION",
         *       "comment": "Which browser do you use?"
         *     }
         */
        FireEvent: {
            event: string;
            comment?: string;
            resolution?: string;
        };
        /**
         * @description An uploaded file: its content type is sniffed from the bytes, never taken from the client.
         * @example {
         *       "id": "9d9d9d9d-0000-4000-8000-000000000020",
         *       "ticketId": null,
         *       "messageId": null,
         *       "filename": "screenshot.png",
         *       "contentType": "image/png",
         *       "size": 48213,
         *       "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
         *       "uploadedBy": "2a2a2a2a-0000-4000-8000-000000000004",
         *       "createdAt": "2026-03-02T09:20:00.000Z"
         *     }
         */
        Attachment: {
            id: string;
            ticketId: string | null;
            messageId: string | null;
            filename: string;
            contentType: string;
            size: number;
            sha256: string;
            uploadedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        Upload: {
            /**
             * Format: binary
             * @description The file.
             */
            file: string;
        };
        /**
         * @description A department.
         * @example {
         *       "key": "technical-support",
         *       "name": "Technical support",
         *       "labels": {
         *         "ru": "Техподдержка"
         *       },
         *       "memberIds": [],
         *       "workflowKey": null,
         *       "email": null
         *     }
         */
        Department: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            /** @default [] */
            memberIds: string[];
            /** @default null */
            workflowKey: string | null;
            /**
             * Format: email
             * @default null
             */
            email: string | null;
        };
        /**
         * @description A new department.
         * @example {
         *       "key": "technical-support",
         *       "name": "Technical support",
         *       "labels": {
         *         "ru": "Техподдержка"
         *       },
         *       "memberIds": [],
         *       "workflowKey": null,
         *       "email": null
         *     }
         */
        DepartmentCreate: {
            key: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            memberIds?: string[];
            workflowKey?: string | null;
            /** Format: email */
            email?: string | null;
        };
        /** @description A department replaced whole (the key is in the path). */
        DepartmentReplace: {
            name: string;
            labels?: {
                [key: string]: string;
            };
            memberIds?: string[];
            workflowKey?: string | null;
            /** Format: email */
            email?: string | null;
        };
        /** @description Fields of a department to change. */
        DepartmentPatch: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
            memberIds?: string[];
            workflowKey?: string | null;
            /** Format: email */
            email?: string | null;
        };
        /**
         * @description A ticket type.
         * @example {
         *       "key": "incentive",
         *       "name": "Incentive",
         *       "labels": {},
         *       "visibility": "requester_only",
         *       "workflowKey": null
         *     }
         */
        TicketType: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            /**
             * @default organisation
             * @enum {string}
             */
            visibility: "organisation" | "requester_only";
            /** @default null */
            workflowKey: string | null;
        };
        /**
         * @description A new ticket type.
         * @example {
         *       "key": "incentive",
         *       "name": "Incentive",
         *       "labels": {},
         *       "visibility": "requester_only",
         *       "workflowKey": null
         *     }
         */
        TicketTypeCreate: {
            key: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            /** @enum {string} */
            visibility?: "organisation" | "requester_only";
            workflowKey?: string | null;
        };
        /** @description A ticket type replaced whole (the key is in the path). */
        TicketTypeReplace: {
            name: string;
            labels?: {
                [key: string]: string;
            };
            /** @enum {string} */
            visibility?: "organisation" | "requester_only";
            workflowKey?: string | null;
        };
        /** @description Fields of a ticket type to change. */
        TicketTypePatch: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
            /** @enum {string} */
            visibility?: "organisation" | "requester_only";
            workflowKey?: string | null;
        };
        /**
         * @description A priority.
         * @example {
         *       "key": "urgent",
         *       "name": "Urgent",
         *       "labels": {},
         *       "rank": 40,
         *       "color": "#f5222d"
         *     }
         */
        Priority: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            rank: number;
            /** @default #8c8c8c */
            color: string;
        };
        /**
         * @description A new priority.
         * @example {
         *       "key": "urgent",
         *       "name": "Urgent",
         *       "labels": {},
         *       "rank": 40,
         *       "color": "#f5222d"
         *     }
         */
        PriorityCreate: {
            key: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            rank: number;
            color?: string;
        };
        /** @description A priority replaced whole (the key is in the path). */
        PriorityReplace: {
            name: string;
            labels?: {
                [key: string]: string;
            };
            rank: number;
            color?: string;
        };
        /** @description Fields of a priority to change. */
        PriorityPatch: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
            rank?: number;
            color?: string;
        };
        /**
         * @description A catalog item.
         * @example {
         *       "key": "crm-invoices",
         *       "name": "Invoices",
         *       "labels": {},
         *       "kind": "module",
         *       "parentKey": "crm",
         *       "organisationIds": null,
         *       "active": true
         *     }
         */
        CatalogItem: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            kind: string;
            /** @default null */
            parentKey: string | null;
            /** @default null */
            organisationIds: string[] | null;
            /** @default true */
            active: boolean;
        };
        /**
         * @description A new catalog item.
         * @example {
         *       "key": "crm-invoices",
         *       "name": "Invoices",
         *       "labels": {},
         *       "kind": "module",
         *       "parentKey": "crm",
         *       "organisationIds": null,
         *       "active": true
         *     }
         */
        CatalogItemCreate: {
            key: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            kind: string;
            parentKey?: string | null;
            organisationIds?: string[] | null;
            active?: boolean;
        };
        /** @description A catalog item replaced whole (the key is in the path). */
        CatalogItemReplace: {
            name: string;
            labels?: {
                [key: string]: string;
            };
            kind: string;
            parentKey?: string | null;
            organisationIds?: string[] | null;
            active?: boolean;
        };
        /** @description Fields of a catalog item to change. */
        CatalogItemPatch: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
            kind?: string;
            parentKey?: string | null;
            organisationIds?: string[] | null;
            active?: boolean;
        };
        /**
         * @description A calendar.
         * @example {
         *       "key": "business-hours",
         *       "name": "Business hours",
         *       "labels": {},
         *       "timeZone": "Europe/Moscow",
         *       "hours": [
         *         {
         *           "day": 1,
         *           "from": "10:00",
         *           "to": "19:00"
         *         }
         *       ],
         *       "holidays": [
         *         "2026-01-01"
         *       ]
         *     }
         */
        Calendar: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            timeZone: string;
            hours: {
                day: number;
                from: string;
                to: string;
            }[];
            /** @default [] */
            holidays: string[];
        };
        /**
         * @description A new calendar.
         * @example {
         *       "key": "business-hours",
         *       "name": "Business hours",
         *       "labels": {},
         *       "timeZone": "Europe/Moscow",
         *       "hours": [
         *         {
         *           "day": 1,
         *           "from": "10:00",
         *           "to": "19:00"
         *         }
         *       ],
         *       "holidays": [
         *         "2026-01-01"
         *       ]
         *     }
         */
        CalendarCreate: {
            key: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            timeZone: string;
            hours: {
                day: number;
                from: string;
                to: string;
            }[];
            holidays?: string[];
        };
        /** @description A calendar replaced whole (the key is in the path). */
        CalendarReplace: {
            name: string;
            labels?: {
                [key: string]: string;
            };
            timeZone: string;
            hours: {
                day: number;
                from: string;
                to: string;
            }[];
            holidays?: string[];
        };
        /** @description Fields of a calendar to change. */
        CalendarPatch: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
            timeZone?: string;
            hours?: {
                day: number;
                from: string;
                to: string;
            }[];
            holidays?: string[];
        };
        /**
         * @description A SLA policy.
         * @example {
         *       "key": "high-sla",
         *       "name": "High",
         *       "labels": {},
         *       "priorityKey": "high",
         *       "typeKey": null,
         *       "departmentKey": null,
         *       "organisationId": null,
         *       "calendarKey": "business-hours",
         *       "firstResponse": "PT4H",
         *       "resolution": "PT27H"
         *     }
         */
        SlaPolicy: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            priorityKey: string;
            /** @default null */
            typeKey: string | null;
            /** @default null */
            departmentKey: string | null;
            /** @default null */
            organisationId: string | null;
            /** @default null */
            calendarKey: string | null;
            /** @default null */
            firstResponse: string | null;
            /** @default null */
            resolution: string | null;
        };
        /**
         * @description A new SLA policy.
         * @example {
         *       "key": "high-sla",
         *       "name": "High",
         *       "labels": {},
         *       "priorityKey": "high",
         *       "typeKey": null,
         *       "departmentKey": null,
         *       "organisationId": null,
         *       "calendarKey": "business-hours",
         *       "firstResponse": "PT4H",
         *       "resolution": "PT27H"
         *     }
         */
        SlaPolicyCreate: {
            key: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            priorityKey: string;
            typeKey?: string | null;
            departmentKey?: string | null;
            organisationId?: string | null;
            calendarKey?: string | null;
            firstResponse?: string | null;
            resolution?: string | null;
        };
        /** @description A SLA policy replaced whole (the key is in the path). */
        SlaPolicyReplace: {
            name: string;
            labels?: {
                [key: string]: string;
            };
            priorityKey: string;
            typeKey?: string | null;
            departmentKey?: string | null;
            organisationId?: string | null;
            calendarKey?: string | null;
            firstResponse?: string | null;
            resolution?: string | null;
        };
        /** @description Fields of a SLA policy to change. */
        SlaPolicyPatch: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
            priorityKey?: string;
            typeKey?: string | null;
            departmentKey?: string | null;
            organisationId?: string | null;
            calendarKey?: string | null;
            firstResponse?: string | null;
            resolution?: string | null;
        };
        /**
         * @description A organisation.
         * @example {
         *       "id": "3b3b3b3b-0000-4000-8000-000000000010",
         *       "key": "acme",
         *       "name": "Acme",
         *       "labels": {}
         *     }
         */
        Organization: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            id: string;
        };
        /**
         * @description A new organisation.
         * @example {
         *       "key": "acme",
         *       "name": "Acme",
         *       "labels": {}
         *     }
         */
        OrganizationCreate: {
            key: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            id?: string;
        };
        /** @description A organisation replaced whole (the key is in the path). */
        OrganizationReplace: {
            name: string;
            labels?: {
                [key: string]: string;
            };
            id?: string;
        };
        /** @description Fields of a organisation to change. */
        OrganizationPatch: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
            id?: string;
        };
        /**
         * @description A user to create: `organisationKey` names the organisation instead of `organisationId`; `departmentKeys` are the departments an agent belongs to.
         * @example {
         *       "email": "dana@acme.test",
         *       "name": "Dana Acme",
         *       "kind": "customer",
         *       "organisationKey": "acme"
         *     }
         */
        UserInput: {
            externalId?: string | null;
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            kind: "customer" | "agent" | "admin";
            organisationId?: string | null;
            /** @enum {string|null} */
            orgRole?: "member" | "support_admin" | null;
            locale?: string;
            active?: boolean;
            organisationKey?: string;
            departmentKeys?: string[];
        };
        /**
         * @description Fields of a user to change; `active: false` deactivates.
         * @example {
         *       "active": false
         *     }
         */
        UserPatch: {
            /** Format: email */
            email?: string;
            name?: string;
            /** @enum {string} */
            kind?: "customer" | "agent" | "admin";
            externalId?: string | null;
            organisationId?: string | null;
            organisationKey?: string;
            /** @enum {string|null} */
            orgRole?: "member" | "support_admin" | null;
            departmentKeys?: string[];
            locale?: string;
            active?: boolean;
        };
        /** @description A new password (at least 8 characters). */
        SetPassword: {
            password: string;
        };
        /**
         * @description A lifecycle as data: statuses, transitions, triggers and timers.
         * @example {
         *       "key": "default",
         *       "version": 1,
         *       "name": "Default support workflow",
         *       "labels": {},
         *       "initial": "new",
         *       "descriptionLock": "on_leaving_new",
         *       "statuses": [
         *         {
         *           "key": "new",
         *           "category": "new",
         *           "name": "New",
         *           "color": "#1677ff",
         *           "labels": {
         *             "vi": "Mới",
         *             "es": "Nuevo",
         *             "it": "Nuovo",
         *             "fr": "Nouveau",
         *             "ru": "Новый"
         *           }
         *         },
         *         {
         *           "key": "in_queue",
         *           "category": "open",
         *           "name": "In queue",
         *           "color": "#13c2c2",
         *           "labels": {
         *             "vi": "Trong hàng đợi",
         *             "es": "En cola",
         *             "it": "In coda",
         *             "fr": "En file d'attente",
         *             "ru": "В очереди"
         *           }
         *         },
         *         {
         *           "key": "in_progress",
         *           "category": "open",
         *           "name": "In progress",
         *           "color": "#fa8c16",
         *           "labels": {
         *             "vi": "Đang xử lý",
         *             "es": "En progreso",
         *             "it": "In corso",
         *             "fr": "En cours",
         *             "ru": "В работе"
         *           }
         *         },
         *         {
         *           "key": "needs_clarification",
         *           "category": "pending",
         *           "name": "Needs clarification",
         *           "color": "#eb2f96",
         *           "labels": {
         *             "vi": "Cần làm rõ",
         *             "es": "Requiere aclaración",
         *             "it": "Richiede chiarimenti",
         *             "fr": "Précisions requises",
         *             "ru": "Требует уточнений"
         *           }
         *         },
         *         {
         *           "key": "awaiting_acceptance",
         *           "category": "pending",
         *           "name": "Awaiting acceptance",
         *           "color": "#722ed1",
         *           "labels": {
         *             "vi": "Chờ nghiệm thu",
         *             "es": "Pendiente de aceptación",
         *             "it": "In attesa di accettazione",
         *             "fr": "En attente de validation",
         *             "ru": "Ожидает приемку"
         *           }
         *         },
         *         {
         *           "key": "closed",
         *           "category": "closed",
         *           "name": "Closed",
         *           "color": "#52c41a",
         *           "labels": {
         *             "vi": "Đã đóng",
         *             "es": "Cerrado",
         *             "it": "Chiuso",
         *             "fr": "Clôturé",
         *             "ru": "Закрыт"
         *           }
         *         },
         *         {
         *           "key": "reopened",
         *           "category": "open",
         *           "name": "Reopened",
         *           "color": "#f5222d",
         *           "labels": {
         *             "vi": "Mở lại",
         *             "es": "Reabierto",
         *             "it": "Riaperto",
         *             "fr": "Rouvert",
         *             "ru": "Переоткрыт"
         *           }
         *         }
         *       ],
         *       "transitions": [
         *         {
         *           "event": "TRIAGE",
         *           "from": [
         *             "new"
         *           ],
         *           "to": "in_queue",
         *           "actors": [
         *             "agent"
         *           ],
         *           "comment": "none",
         *           "assignActor": false,
         *           "name": "Move to queue",
         *           "labels": {
         *             "vi": "Chuyển vào hàng đợi",
         *             "es": "Pasar a la cola",
         *             "it": "Metti in coda",
         *             "fr": "Mettre en file",
         *             "ru": "В очередь"
         *           }
         *         },
         *         {
         *           "event": "START",
         *           "from": [
         *             "new",
         *             "in_queue",
         *             "reopened"
         *           ],
         *           "to": "in_progress",
         *           "actors": [
         *             "agent"
         *           ],
         *           "comment": "none",
         *           "assignActor": true,
         *           "name": "Start work",
         *           "labels": {
         *             "vi": "Bắt đầu xử lý",
         *             "es": "Empezar",
         *             "it": "Inizia",
         *             "fr": "Commencer",
         *             "ru": "Взять в работу"
         *           }
         *         },
         *         {
         *           "event": "REQUEUE",
         *           "from": [
         *             "in_progress"
         *           ],
         *           "to": "in_queue",
         *           "actors": [
         *             "agent"
         *           ],
         *           "comment": "none",
         *           "assignActor": false,
         *           "name": "Back to queue",
         *           "labels": {
         *             "vi": "Trả lại hàng đợi",
         *             "es": "Devolver a la cola",
         *             "it": "Rimetti in coda",
         *             "fr": "Remettre en file",
         *             "ru": "Вернуть в очередь"
         *           }
         *         },
         *         {
         *           "event": "REQUEST_CLARIFICATION",
         *           "from": [
         *             "new",
         *             "in_queue",
         *             "in_progress",
         *             "reopened"
         *           ],
         *           "to": "needs_clarification",
         *           "actors": [
         *             "agent"
         *           ],
         *           "comment": "required",
         *           "assignActor": false,
         *           "name": "Request clarification",
         *           "labels": {
         *             "vi": "Yêu cầu làm rõ",
         *             "es": "Solicitar aclaración",
         *             "it": "Chiedi chiarimenti",
         *             "fr": "Demander des précisions",
         *             "ru": "Запросить уточнения"
         *           }
         *         },
         *         {
         *           "event": "CUSTOMER_REPLIED",
         *           "from": [
         *             "needs_clarification"
         *           ],
         *           "to": {
         *             "previous": true
         *           },
         *           "actors": [
         *             "system"
         *           ],
         *           "comment": "none",
         *           "assignActor": false,
         *           "name": "Customer replied",
         *           "labels": {
         *             "vi": "Khách hàng đã trả lời",
         *             "es": "El cliente respondió",
         *             "it": "Il cliente ha risposto",
         *             "fr": "Le client a répondu",
         *             "ru": "Клиент ответил"
         *           }
         *         },
         *         {
         *           "event": "SUBMIT_FOR_ACCEPTANCE",
         *           "from": [
         *             "in_progress"
         *           ],
         *           "to": "awaiting_acceptance",
         *           "actors": [
         *             "agent"
         *           ],
         *           "comment": "optional",
         *           "assignActor": false,
         *           "name": "Submit for acceptance",
         *           "labels": {
         *             "vi": "Gửi nghiệm thu",
         *             "es": "Enviar para aceptación",
         *             "it": "Invia per accettazione",
         *             "fr": "Soumettre pour validation",
         *             "ru": "Передать на приемку"
         *           }
         *         },
         *         {
         *           "event": "ACCEPT",
         *           "from": [
         *             "awaiting_acceptance"
         *           ],
         *           "to": "closed",
         *           "actors": [
         *             "requester_side"
         *           ],
         *           "comment": "optional",
         *           "resolution": "accepted",
         *           "assignActor": false,
         *           "name": "Accept work",
         *           "labels": {
         *             "vi": "Chấp nhận kết quả",
         *             "es": "Aceptar el trabajo",
         *             "it": "Accetta il lavoro",
         *             "fr": "Valider le travail",
         *             "ru": "Принять работы"
         *           }
         *         },
         *         {
         *           "event": "REQUEST_REWORK",
         *           "from": [
         *             "awaiting_acceptance"
         *           ],
         *           "to": {
         *             "branches": [
         *               {
         *                 "when": "assigned",
         *                 "to": "in_progress"
         *               },
         *               {
         *                 "to": "in_queue"
         *               }
         *             ]
         *           },
         *           "actors": [
         *             "requester_side"
         *           ],
         *           "comment": "required",
         *           "assignActor": false,
         *           "name": "Send back for rework",
         *           "labels": {
         *             "vi": "Yêu cầu làm lại",
         *             "es": "Devolver para corrección",
         *             "it": "Rimanda in lavorazione",
         *             "fr": "Renvoyer en reprise",
         *             "ru": "Отправить в доработку"
         *           }
         *         },
         *         {
         *           "event": "CLOSE",
         *           "from": "*",
         *           "to": "closed",
         *           "actors": [
         *             "requester_side",
         *             "agent"
         *           ],
         *           "comment": "optional",
         *           "resolution": {
         *             "default": "resolved",
         *             "requesterSide": "withdrawn",
         *             "choices": [
         *               "resolved",
         *               "duplicate",
         *               "wont_fix",
         *               "withdrawn",
         *               "no_response"
         *             ]
         *           },
         *           "assignActor": false,
         *           "name": "Close",
         *           "labels": {
         *             "vi": "Đóng ticket",
         *             "es": "Cerrar",
         *             "it": "Chiudi",
         *             "fr": "Clôturer",
         *             "ru": "Закрыть"
         *           }
         *         },
         *         {
         *           "event": "REOPEN",
         *           "from": [
         *             "closed"
         *           ],
         *           "to": "reopened",
         *           "actors": [
         *             "requester_side",
         *             "agent"
         *           ],
         *           "comment": "required",
         *           "within": "P30D",
         *           "assignActor": false,
         *           "name": "Reopen",
         *           "labels": {
         *             "vi": "Mở lại",
         *             "es": "Reabrir",
         *             "it": "Riapri",
         *             "fr": "Rouvrir",
         *             "ru": "Переоткрыть"
         *           }
         *         },
         *         {
         *           "event": "AUTO_CLOSE",
         *           "from": [
         *             "awaiting_acceptance"
         *           ],
         *           "to": "closed",
         *           "actors": [
         *             "system"
         *           ],
         *           "comment": "none",
         *           "resolution": "auto_accepted",
         *           "assignActor": false,
         *           "name": "Close automatically",
         *           "labels": {
         *             "vi": "Tự động đóng",
         *             "es": "Cierre automático",
         *             "it": "Chiusura automatica",
         *             "fr": "Clôture automatique",
         *             "ru": "Автозакрытие"
         *           }
         *         }
         *       ],
         *       "triggers": [
         *         {
         *           "on": "public_reply",
         *           "by": "requester_side",
         *           "in": [
         *             "needs_clarification"
         *           ],
         *           "fire": "CUSTOMER_REPLIED"
         *         }
         *       ],
         *       "timers": [
         *         {
         *           "in": "awaiting_acceptance",
         *           "after": "P7D",
         *           "clock": "calendar",
         *           "fire": "AUTO_CLOSE"
         *         }
         *       ]
         *     }
         */
        Workflow: {
            key: string;
            /** @default 1 */
            version: number;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            initial: string;
            /**
             * @default on_leaving_new
             * @enum {string}
             */
            descriptionLock: "on_create" | "on_leaving_new";
            statuses: {
                key: string;
                /** @enum {string} */
                category: "new" | "open" | "pending" | "closed";
                name: string;
                /** @default {} */
                labels: {
                    [key: string]: string;
                };
                /** @default #8c8c8c */
                color: string;
            }[];
            transitions: {
                event: string;
                from: "*" | string[];
                to: string | {
                    /** @enum {boolean} */
                    previous: true;
                } | {
                    branches: {
                        when?: string;
                        to: string;
                    }[];
                };
                actors: string[];
                /**
                 * @default none
                 * @enum {string}
                 */
                comment: "required" | "optional" | "none";
                resolution?: string | {
                    default: string;
                    requesterSide?: string;
                    choices?: string[];
                };
                /** @default false */
                assignActor: boolean;
                within?: string;
                name?: string;
                /** @default {} */
                labels: {
                    [key: string]: string;
                };
            }[];
            /** @default [] */
            triggers: {
                /** @enum {string} */
                on: "public_reply";
                /** @enum {string} */
                by: "requester_side" | "agent";
                in: string[];
                fire: string;
            }[];
            /** @default [] */
            timers: {
                in: string;
                after: string;
                /**
                 * @default calendar
                 * @enum {string}
                 */
                clock: "calendar" | "business";
                fire: string;
            }[];
        };
        /** @description Whether the definition passes the validator, and why not. */
        WorkflowValidation: {
            ok: boolean;
            problems: components["schemas"]["WorkflowProblem"][];
            definition?: components["schemas"]["Workflow"];
        };
        /**
         * @description One reason a workflow is refused.
         * @example {
         *       "code": "unreachable_status",
         *       "message": "Status qa_review is unreachable",
         *       "path": [
         *         "statuses",
         *         3
         *       ],
         *       "status": "qa_review"
         *     }
         */
        WorkflowProblem: {
            code: string;
            message: string;
            path: (string | number)[];
            status?: string;
            event?: string;
        };
        /** @description A workflow definition to check; shape errors are reported as problems too. */
        WorkflowCandidate: {
            [key: string]: unknown;
        };
        /** @description A workflow to validate and publish as the next version of its key. */
        WorkflowDraft: {
            key: string;
            name: string;
            /** @default {} */
            labels: {
                [key: string]: string;
            };
            initial: string;
            /**
             * @default on_leaving_new
             * @enum {string}
             */
            descriptionLock: "on_create" | "on_leaving_new";
            statuses: {
                key: string;
                /** @enum {string} */
                category: "new" | "open" | "pending" | "closed";
                name: string;
                /** @default {} */
                labels: {
                    [key: string]: string;
                };
                /** @default #8c8c8c */
                color: string;
            }[];
            transitions: {
                event: string;
                from: "*" | string[];
                to: string | {
                    /** @enum {boolean} */
                    previous: true;
                } | {
                    branches: {
                        when?: string;
                        to: string;
                    }[];
                };
                actors: string[];
                /**
                 * @default none
                 * @enum {string}
                 */
                comment: "required" | "optional" | "none";
                resolution?: string | {
                    default: string;
                    requesterSide?: string;
                    choices?: string[];
                };
                /** @default false */
                assignActor: boolean;
                within?: string;
                name?: string;
                /** @default {} */
                labels: {
                    [key: string]: string;
                };
            }[];
            /** @default [] */
            triggers: {
                /** @enum {string} */
                on: "public_reply";
                /** @enum {string} */
                by: "requester_side" | "agent";
                in: string[];
                fire: string;
            }[];
            /** @default [] */
            timers: {
                in: string;
                after: string;
                /**
                 * @default calendar
                 * @enum {string}
                 */
                clock: "calendar" | "business";
                fire: string;
            }[];
            /** @description Ignored: the next version is assigned. */
            version?: number;
        };
        /** @description The tickets that move, from which status to which. */
        MigrationResult: {
            moves: {
                ticketId: string;
                number: number;
                from: string;
                to: string;
            }[];
            applied: boolean;
        };
        /**
         * @description Moves tickets from one workflow version to another: `toVersion` is the latest when absent; `mapping` takes old status → new status (a status in both versions maps to itself); `dryRun` only tells which tickets would move where.
         * @example {
         *       "fromVersion": 1,
         *       "toVersion": 2,
         *       "mapping": {
         *         "qa_review": "in_progress"
         *       },
         *       "dryRun": true
         *     }
         */
        Migration: {
            fromVersion: number;
            toVersion?: number;
            mapping?: {
                [key: string]: string;
            };
            dryRun?: boolean;
        };
        /**
         * @description Whether the API and its storage answer.
         * @example {
         *       "ok": true,
         *       "details": {
         *         "database": "up"
         *       }
         *     }
         */
        Health: {
            ok: boolean;
            details?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The credentials. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description `mine`: the customer's own requests or the agent's assigned tickets; `organization`: the customer's organisation. */
                scope?: "mine" | "organization" | "all";
                /** @description Status keys. */
                status?: string[];
                /** @description Status categories. */
                category?: ("new" | "open" | "pending" | "closed")[];
                /** @description Ticket type keys. */
                type?: string[];
                /** @description Priority keys. */
                priority?: string[];
                /** @description Department keys; `none` for unrouted tickets. */
                department?: string[];
                /** @description `me`, `none` or user ids. */
                assignee?: string[];
                /** @description Requester user ids. */
                requester?: string[];
                /** @description Organisation ids. */
                organization?: string[];
                /** @description A date preset in the tenant's time zone. */
                created?: "today" | "this_week" | "this_month";
                /** @description Created at or after (ISO 8601). */
                createdFrom?: string;
                /** @description Created before (ISO 8601). */
                createdTo?: string;
                /** @description Words in the subject and conversation; a number matches the ticket number. */
                q?: string;
                /** @description A field, descending with a leading `-`. */
                sort?: string;
                /** @description Page size, 1–200 (25). */
                limit?: number;
                /** @description From the previous page's `nextCursor`. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique per request: a retried request with the same key and body returns the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new ticket. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicket"];
            };
        };
        responses: {
            /** @description The ticket, with its number and the fields the actor may change now. */
            201: {
                headers: {
                    /** @description The ticket's version, for `If-Match`. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countTickets: {
        parameters: {
            query?: {
                /** @description `mine`: the customer's own requests or the agent's assigned tickets; `organization`: the customer's organisation. */
                scope?: "mine" | "organization" | "all";
                /** @description Status keys. */
                status?: string[];
                /** @description Status categories. */
                category?: ("new" | "open" | "pending" | "closed")[];
                /** @description Ticket type keys. */
                type?: string[];
                /** @description Priority keys. */
                priority?: string[];
                /** @description Department keys; `none` for unrouted tickets. */
                department?: string[];
                /** @description `me`, `none` or user ids. */
                assignee?: string[];
                /** @description Requester user ids. */
                requester?: string[];
                /** @description Organisation ids. */
                organization?: string[];
                /** @description A date preset in the tenant's time zone. */
                created?: "today" | "this_week" | "this_month";
                /** @description Created at or after (ISO 8601). */
                createdFrom?: string;
                /** @description Created before (ISO 8601). */
                createdTo?: string;
                /** @description Words in the subject and conversation; a number matches the ticket number. */
                q?: string;
                /** @description A field, descending with a leading `-`. */
                sort?: string;
                /** @description Page size, 1–200 (25). */
                limit?: number;
                /** @description From the previous page's `nextCursor`. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCounts"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ticket's id (uuid) or number (`1042`). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket, with the fields the actor may change now. */
            200: {
                headers: {
                    /** @description The ticket's version, for `If-Match`. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Not modified since the `If-None-Match` ETag. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket's ETag (`"7"`): the change fails with 412 if the ticket moved on. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ticket's id (uuid) or number (`1042`). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicket"];
            };
        };
        responses: {
            /** @description The ticket after the change, with the fields the actor may change now. */
            200: {
                headers: {
                    /** @description The ticket's version, for `If-Match`. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ticket's version moved on since `If-Match` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Oldest first (`asc`, the default) or newest first. */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The ticket's id (uuid) or number (`1042`). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique per request: a retried request with the same key and body returns the first result. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The ticket's id (uuid) or number (`1042`). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The message. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessage"];
            };
        };
        responses: {
            /** @description The message and the ticket after it. */
            201: {
                headers: {
                    /** @description The ticket's version, for `If-Match`. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostedMessage"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTicketEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ticket's id (uuid) or number (`1042`). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketEvent"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ticket's id (uuid) or number (`1042`). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The allowed events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedEvent"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fireTransition: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ticket's ETag (`"7"`): the change fails with 412 if the ticket moved on. */
                "If-Match"?: string;
            };
            path: {
                /** @description The ticket's id (uuid) or number (`1042`). */
                id: string;
            };
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FireEvent"];
            };
        };
        responses: {
            /** @description The ticket after the transition, with the fields the actor may change now. */
            200: {
                headers: {
                    /** @description The ticket's version, for `If-Match`. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ticket's version moved on since `If-Match` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Upload"];
            };
        };
        responses: {
            /** @description The stored file's metadata. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadAttachment: {
        parameters: {
            query?: {
                /** @description Force a download, even for images. */
                download?: "1" | "true";
            };
            header?: never;
            path: {
                /** @description The id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description RFC 6266, with the UTF-8 `filename*`. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachmentThumbnail: {
        parameters: {
            query?: {
                /** @description Pixels on the longer side (256). */
                size?: "64" | "128" | "256" | "512";
            };
            header?: never;
            path: {
                /** @description The id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not available on this server */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The department list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new department. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentCreate"];
            };
        };
        responses: {
            /** @description The department. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The department. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The department. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentReplace"];
            };
        };
        responses: {
            /** @description The department. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentPatch"];
            };
        };
        responses: {
            /** @description The department. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTicketTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket type list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketType"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTicketType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new ticket type. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTypeCreate"];
            };
        };
        responses: {
            /** @description The ticket type. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketType"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicketType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketType"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceTicketType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The ticket type. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTypeReplace"];
            };
        };
        responses: {
            /** @description The ticket type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketType"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTicketType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTicketType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTypePatch"];
            };
        };
        responses: {
            /** @description The ticket type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketType"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPriorities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The priority list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPriority: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new priority. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityCreate"];
            };
        };
        responses: {
            /** @description The priority. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The priority. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replacePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The priority. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityReplace"];
            };
        };
        responses: {
            /** @description The priority. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityPatch"];
            };
        };
        responses: {
            /** @description The priority. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Priority"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog item list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new catalog item. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogItemCreate"];
            };
        };
        responses: {
            /** @description The catalog item. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The catalog item. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogItemReplace"];
            };
        };
        responses: {
            /** @description The catalog item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogItemPatch"];
            };
        };
        responses: {
            /** @description The catalog item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItem"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new calendar. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarCreate"];
            };
        };
        responses: {
            /** @description The calendar. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The calendar. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarReplace"];
            };
        };
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarPatch"];
            };
        };
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSlaPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SLA policy list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new SLA policy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyCreate"];
            };
        };
        responses: {
            /** @description The SLA policy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SLA policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The SLA policy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyReplace"];
            };
        };
        responses: {
            /** @description The SLA policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyPatch"];
            };
        };
        responses: {
            /** @description The SLA policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicy"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new organisation. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationCreate"];
            };
        };
        responses: {
            /** @description The organisation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The organisation. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationReplace"];
            };
        };
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationPatch"];
            };
        };
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description The user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The new password. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPassword"] & {
                    currentPassword?: string;
                };
            };
        };
        responses: {
            /** @description Set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"][];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The candidate definition. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowCandidate"];
            };
        };
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowValidation"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflow: {
        parameters: {
            query?: {
                /** @description A version; the latest when absent. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The definition. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDraft"];
            };
        };
        responses: {
            /** @description The published version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    migrateTickets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entity's key (a slug unique per tenant). */
                key: string;
            };
            cookie?: never;
        };
        /** @description The migration. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Migration"];
            };
        };
        responses: {
            /** @description What moved, or would move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationResult"];
                };
            };
            /** @description Invalid request: an unreadable body, or a header that failed its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the actor may see this but not do it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: a refused transition, a locked field, a duplicate key or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type not allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: overloaded, or the store failed; see `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not found, or not visible to this actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unhealthy. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
}

// Named aliases of the components, for code that holds API responses (the console, host apps).
/** A ticket as the API lists it (core's `TicketView`). */
export type TicketView = components["schemas"]["Ticket"]

/** One ticket with the `PATCH` fields the actor may change now (core's `TicketDetailView`). */
export type TicketDetailView = components["schemas"]["TicketDetail"]

/** One page of tickets. */
export type TicketPageView = components["schemas"]["TicketPage"]

/** Ticket counts by status and category. */
export type TicketCountsView = components["schemas"]["TicketCounts"]

/** A message with its sanitised HTML and its files (core's `MessageView`). */
export type MessageView = components["schemas"]["Message"]

/** A posted message and the ticket after it. */
export type PostedMessageView = components["schemas"]["PostedMessage"]

/** An uploaded file's metadata (core's `AttachmentView`). */
export type AttachmentView = components["schemas"]["Attachment"]

/** One entry of a ticket's history (core's `EventView`); also the data of a live `ticket-event`. */
export type EventView = components["schemas"]["TicketEvent"]

/** An event the actor may fire now (core's `AllowedEventView`). */
export type AllowedEventView = components["schemas"]["AllowedEvent"]

/** A user (core's `UserView`). */
export type UserView = components["schemas"]["User"]

/** The acting user, their departments and their tenant (core's `MeView`). */
export type MeView = components["schemas"]["Me"]

/** A session from `POST /v1/auth/login`. */
export type LoginResultView = components["schemas"]["LoginResult"]

/** A workflow definition (core's `WorkflowView`). */
export type WorkflowView = components["schemas"]["Workflow"]

/** What the workflow validator says. */
export type WorkflowValidationView = components["schemas"]["WorkflowValidation"]

/** What a workflow migration did or would do. */
export type MigrationResultView = components["schemas"]["MigrationResult"]

/** One reason the validator refuses a workflow. */
export type WorkflowProblemView = components["schemas"]["WorkflowProblem"]

/** A department. */
export type DepartmentView = components["schemas"]["Department"]

/** A ticket type. */
export type TicketTypeView = components["schemas"]["TicketType"]

/** A priority. */
export type PriorityView = components["schemas"]["Priority"]

/** A catalog item. */
export type CatalogItemView = components["schemas"]["CatalogItem"]

/** A calendar. */
export type CalendarView = components["schemas"]["Calendar"]

/** An SLA policy. */
export type SlaPolicyView = components["schemas"]["SlaPolicy"]

/** An organisation (core's `OrganisationView`). */
export type OrganisationView = components["schemas"]["Organization"]

/** An RFC 9457 problem: every error response. */
export type Problem = components["schemas"]["Problem"]

/** The body of `POST /v1/tickets`. */
export type CreateTicketBody = components["schemas"]["CreateTicket"]

/** The body of `PATCH /v1/tickets/{id}`. */
export type UpdateTicketBody = components["schemas"]["UpdateTicket"]

/** The body of `POST /v1/tickets/{id}/messages`. */
export type PostMessageBody = components["schemas"]["PostMessage"]

/** The body of `POST /v1/tickets/{id}/transitions`. */
export type FireEventBody = components["schemas"]["FireEvent"]

/** The body of `POST /v1/users`. */
export type UserInputBody = components["schemas"]["UserInput"]

/** A field of `PATCH /v1/tickets/{id}`, as `TicketDetailView.editableFields` names it. */
export type TicketEditField = TicketDetailView["editableFields"][number]

/** A ticket's SLA: targets, due instants, breaches, business time left while paused. */
export type TicketSlaView = TicketView["sla"]

/** The settings of the actor's tenant. */
export type TenantSettingsView = MeView["tenant"]["settings"]

/** The limits on the files of one message. */
export type AttachmentPolicyView = NonNullable<TenantSettingsView["attachmentPolicy"]>
