import { createRoute, z } from "@hono/zod-openapi"
import { Conflict, NotFound, toConfigView, type ConfigKind } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponses } from "../problem.ts"
import { KeyParam } from "../schemas/common.ts"
import { configResources, configSchemas, type ConfigResource } from "../schemas/config.ts"
import { requireAdmin } from "./guards.ts"
import { jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

type Entity = Record<string, unknown> & { key: string }

function routesOf(resource: ConfigResource) {
  const schemas = configSchemas(resource)
  const base = `/v1/${resource.path}`
  const tags = ["Configuration"]
  const id = resource.name
  const plural = `${id}s`.replace(/ys$/, "ies")
  return {
    list: createRoute({
      method: "get", path: base, operationId: `list${plural}`, tags,
      summary: `List ${resource.label}s`.replace(/ys$/, "ies"),
      description: `Every ${resource.label} of the tenant. The team reads all; customers read what the ticket form needs.`,
      responses: { 200: jsonResponse(z.array(schemas.entity), `The ${resource.label} list.`), ...problemResponses(401, 403) },
    }),
    create: createRoute({
      method: "post", path: base, operationId: `create${id}`, tags,
      summary: `Create a ${resource.label}`, description: `Admins only; an existing key is 409.`,
      request: { body: jsonBody(schemas.create, `The new ${resource.label}.`) },
      responses: { 201: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponses(400, 401, 403, 409, 413, 422) },
    }),
    get: createRoute({
      method: "get", path: `${base}/{key}`, operationId: `get${id}`, tags,
      summary: `Get a ${resource.label}`, description: `One ${resource.label} by key.`,
      request: { params: KeyParam },
      responses: { 200: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponses(400, 401, 403, 404) },
    }),
    replace: createRoute({
      method: "put", path: `${base}/{key}`, operationId: `replace${id}`, tags,
      summary: `Create or replace a ${resource.label}`, description: `Admins only; the whole ${resource.label}, by key.`,
      request: { params: KeyParam, body: jsonBody(schemas.replace, `The ${resource.label}.`) },
      responses: { 200: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponses(400, 401, 403, 413, 422) },
    }),
    patch: createRoute({
      method: "patch", path: `${base}/{key}`, operationId: `update${id}`, tags,
      summary: `Change a ${resource.label}`, description: `Admins only; absent fields stay.`,
      request: { params: KeyParam, body: jsonBody(schemas.patch, `The fields to change.`) },
      responses: { 200: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponses(400, 401, 403, 404, 413, 422) },
    }),
    remove: createRoute({
      method: "delete", path: `${base}/{key}`, operationId: `delete${id}`, tags,
      summary: `Delete a ${resource.label}`, description: `Admins only.`,
      request: { params: KeyParam },
      responses: { 204: { description: "Deleted." }, ...problemResponses(400, 401, 403, 404) },
    }),
  }
}

/** CRUD for every configuration resource: admins write, the team reads (engine policy). */
export function configRoutes(app: ApiApp, deps: ApiDeps): void {
  const { engine } = deps
  for (const resource of configResources) {
    const routes = routesOf(resource)
    const kind: ConfigKind = resource.kind
    const list = async (actor: Parameters<typeof engine.listConfig>[0]) => (await engine.listConfig(actor, kind)) as unknown as ReadonlyArray<Entity>
    const find = async (actor: Parameters<typeof engine.listConfig>[0], key: string) => {
      const found = (await list(actor)).find((entity) => entity.key === key)
      if (found === undefined) throw new NotFound({ message: `No ${resource.label} ${key}`, entity: kind, key })
      return found
    }
    const put = (actor: Parameters<typeof engine.putConfig>[0], input: Record<string, unknown>) =>
      engine.putConfig(actor, kind, input as never) as Promise<unknown> as Promise<Entity>

    const view = (entity: Entity) => toConfigView(kind, entity as never) as Entity

    app.openapi(routes.list, async (c) => c.json((await list(requireActor(c))).map(view), 200))
    app.openapi(routes.create, async (c) => {
      const actor = requireActor(c)
      await requireAdmin(engine, actor, `configure ${resource.label}s`)
      const body = c.req.valid("json") as Entity
      if ((await list(actor)).some((entity) => entity.key === body.key)) {
        throw new Conflict({ message: `A ${resource.label} with key ${body.key} exists`, reason: "duplicate_key" })
      }
      const entity = await put(actor, body)
      c.header("Location", `${c.req.path.replace(/\/$/, "")}/${entity.key}`)
      return c.json(view(entity), 201)
    })
    app.openapi(routes.get, async (c) => c.json(view(await find(requireActor(c), c.req.valid("param").key)), 200))
    app.openapi(routes.replace, async (c) => {
      const actor = requireActor(c)
      return c.json(view(await put(actor, { ...(c.req.valid("json") as object), key: c.req.valid("param").key })), 200)
    })
    app.openapi(routes.patch, async (c) => {
      const actor = requireActor(c)
      await requireAdmin(engine, actor, `configure ${resource.label}s`)
      const existing = await find(actor, c.req.valid("param").key)
      const patch = Object.fromEntries(Object.entries(c.req.valid("json") as object).filter(([, value]) => value !== undefined))
      return c.json(view(await put(actor, { ...existing, ...patch, key: existing.key })), 200)
    })
    app.openapi(routes.remove, async (c) => {
      const actor = requireActor(c)
      await engine.deleteConfig(actor, kind, c.req.valid("param").key)
      return c.body(null, 204)
    })
  }
}
