import { z } from "@hono/zod-openapi"

type OpenApi = (this: z.ZodType, ...args: unknown[]) => z.ZodType

/** OpenAPI metadata of a schema: a description, examples, a parameter's place… */
type Metadata = Record<string, unknown>

// zod 4 copies methods onto a schema when it is created: core's schemas, made before
// @hono/zod-openapi extended zod, may lack `.openapi`. Calling the method from the prototype
// works on them all (it returns a fresh copy carrying the metadata).
const openapi = (z.ZodType.prototype as unknown as { openapi: OpenApi }).openapi

/** A schema named as an OpenAPI component (`#/components/schemas/<refId>`), with its metadata. */
export function named<S extends z.ZodType>(schema: S, refId: string, metadata?: Metadata): S {
  return openapi.call(schema, refId, metadata) as S
}

/** A schema with OpenAPI metadata (a description, an example, a parameter's place). */
export function described<S extends z.ZodType>(schema: S, metadata: Metadata): S {
  return openapi.call(schema, metadata) as S
}

/**
 * An engine input as an HTTP request body: the same rules, with every default left to the
 * engine (a field with a default is optional in the body), so the OpenAPI document and the
 * typed client do not ask a caller for what the engine fills in.
 */
export function requestBody<S extends z.ZodType>(schema: S): S {
  return withoutDefaults(schema) as S
}

function withoutDefaults(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault) return withoutDefaults(schema.unwrap() as z.ZodType).optional()
  if (schema instanceof z.ZodOptional) return withoutDefaults(schema.unwrap() as z.ZodType).optional()
  if (schema instanceof z.ZodNullable) return withoutDefaults(schema.unwrap() as z.ZodType).nullable()
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => [name, withoutDefaults(field)]))
    return schema.extend(shape)
  }
  return schema
}
