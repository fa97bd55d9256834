import { randomUUID } from "node:crypto"

/** Where the engine gets new ids. */
export interface IdGenerator {
  next(): string
}

/** Random v4 uuids. */
export const uuidGenerator: IdGenerator = { next: () => randomUUID() }
