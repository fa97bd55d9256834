import { administrationDeclarations } from "./administration.ts"
import { conversationDeclarations } from "./conversation.ts"
import { hostDeclarations } from "./host.ts"
import { ticketDeclarations } from "./tickets.ts"

/**
 * Every command and query of the engine, declared once: `createEngine` builds its Promise
 * facade from them, `@ticketflow/core/effect` exports their programs, and the HTTP adapter
 * derives its request schemas and problem responses from their inputs and errors.
 */
export const declarations = {
  ...ticketDeclarations,
  ...conversationDeclarations,
  ...administrationDeclarations,
  ...hostDeclarations,
}

/** The declarations by name. */
export type Declarations = typeof declarations

/** The name of a command or query of the engine. */
export type OperationName = keyof Declarations
