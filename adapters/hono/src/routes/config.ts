import { createRoute, z } from "@hono/zod-openapi"
import { declarations, toConfigView, type ConfigKind } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponsesOf } from "../problem.ts"
import { KeyParam } from "../schemas/common.ts"
import { configResources, configSchemas, type ConfigResource } from "../schemas/config.ts"
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
      responses: { 200: jsonResponse(z.array(schemas.entity), `The ${resource.label} list.`), ...problemResponsesOf(declarations.listConfig) },
    }),
    create: createRoute({
      method: "post", path: base, operationId: `create${id}`, tags,
      summary: `Create a ${resource.label}`, description: `Admins only; an existing key is 409.`,
      request: { body: jsonBody(schemas.create, `The new ${resource.label}.`) },
      responses: { 201: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponsesOf(declarations.createConfig, { body: true }) },
    }),
    get: createRoute({
      method: "get", path: `${base}/{key}`, operationId: `get${id}`, tags,
      summary: `Get a ${resource.label}`, description: `One ${resource.label} by key.`,
      request: { params: KeyParam },
      responses: { 200: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponsesOf(declarations.getConfig, { input: true }) },
    }),
    replace: createRoute({
      method: "put", path: `${base}/{key}`, operationId: `replace${id}`, tags,
      summary: `Create or replace a ${resource.label}`, description: `Admins only; the whole ${resource.label}, by key.`,
      request: { params: KeyParam, body: jsonBody(schemas.replace, `The ${resource.label}.`) },
      responses: { 200: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponsesOf(declarations.putConfig, { body: true, input: true }) },
    }),
    patch: createRoute({
      method: "patch", path: `${base}/{key}`, operationId: `update${id}`, tags,
      summary: `Change a ${resource.label}`, description: `Admins only; absent fields stay.`,
      request: { params: KeyParam, body: jsonBody(schemas.patch, `The fields to change.`) },
      responses: { 200: jsonResponse(schemas.entity, `The ${resource.label}.`), ...problemResponsesOf(declarations.patchConfig, { body: true, input: true }) },
    }),
    remove: createRoute({
      method: "delete", path: `${base}/{key}`, operationId: `delete${id}`, tags,
      summary: `Delete a ${resource.label}`, description: `Admins only.`,
      request: { params: KeyParam },
      responses: { 204: { description: "Deleted." }, ...problemResponsesOf(declarations.deleteConfig, { input: true }) },
    }),
  }
}

/** CRUD for every configuration resource: admins write, the team reads (engine policy). */
export function configRoutes(app: ApiApp, deps: ApiDeps): void {
  const { engine } = deps
  for (const resource of configResources) {
    const routes = routesOf(resource)
    const kind: ConfigKind = resource.kind
    // Bodies were validated with the engine's schemas of this kind; the engine checks them again.
    const body = (value: unknown) => value as never

    const view = (entity: unknown) => toConfigView(kind, entity as never) as Entity

    app.openapi(routes.list, async (c) => c.json([...(await engine.listConfig(requireActor(c), kind))].map(view), 200))
    app.openapi(routes.create, async (c) => {
      const entity = view(await engine.createConfig(requireActor(c), kind, body(c.req.valid("json"))))
      c.header("Location", `${c.req.path.replace(/\/$/, "")}/${entity.key}`)
      return c.json(entity, 201)
    })
    app.openapi(routes.get, async (c) => c.json(view(await engine.getConfig(requireActor(c), kind, c.req.valid("param").key)), 200))
    app.openapi(routes.replace, async (c) => {
      const input = { ...(c.req.valid("json") as object), key: c.req.valid("param").key }
      return c.json(view(await engine.putConfig(requireActor(c), kind, body(input))), 200)
    })
    app.openapi(routes.patch, async (c) => {
      return c.json(view(await engine.patchConfig(requireActor(c), kind, c.req.valid("param").key, body(c.req.valid("json")))), 200)
    })
    app.openapi(routes.remove, async (c) => {
      const actor = requireActor(c)
      await engine.deleteConfig(actor, kind, c.req.valid("param").key)
      return c.body(null, 204)
    })
  }
}
