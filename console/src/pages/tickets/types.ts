import type { Attachment, Message } from "@ticketflow/core"

/** A message as the API lists it: with its files (and its server-rendered HTML, unused here). */
export type MessageView = Message & { readonly attachments: ReadonlyArray<Attachment>; readonly bodyHtml?: string }

/** An event the actor may fire now (`GET /v1/tickets/{id}/transitions`). */
export interface AllowedEventView {
  readonly event: string
  readonly target: string
  readonly targetCategory: string
  readonly comment: "required" | "optional" | "none"
  readonly resolutions: ReadonlyArray<string>
  readonly name: string
  readonly labels: Readonly<Record<string, string>>
}
