import * as z from "zod"
import { ConfigBase, Id, Key } from "./common.ts"

/** A node of the service catalog: a service, an application, a module, a customer's site… */
export const CatalogItem = ConfigBase.extend({
  kind: Key,
  /** The parent item's key (a module's application); null at the root. */
  parentKey: Key.nullable().default(null),
  /** The organisations it is offered to; null offers it to all. */
  organisationIds: z.array(Id).nullable().default(null),
  active: z.boolean().default(true),
})
/** A node of the service catalog. */
export type CatalogItem = z.infer<typeof CatalogItem>
