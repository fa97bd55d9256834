/**
 * @module
 * ticketflow's engine: the support-ticket lifecycle as workflows compiled to XState, commands
 * and queries as Effect programs behind a Promise facade, visibility policies and SLA clocks.
 */

// Domain
export { Attachment, AttachmentPolicy, defaultAttachmentPolicy, threeImagesOneDocumentPolicy } from "./domain/attachment.ts"
export { Calendar, WorkingHours } from "./domain/calendar.ts"
export { CatalogItem } from "./domain/catalog-item.ts"
export { CalendarDate, Color, Duration, Id, Instant, isStorableLine, isStorableText, Key, Labels, Line, Text } from "./domain/common.ts"
export { Department } from "./domain/department.ts"
export { EventVisibility, replayTicket, TicketEvent, TicketEventType } from "./domain/event.ts"
export { Message, MessageVisibility } from "./domain/message.ts"
export { Organisation } from "./domain/organisation.ts"
export { Priority } from "./domain/priority.ts"
export { SlaPolicy } from "./domain/sla-policy.ts"
export { Tenant, TenantSettings } from "./domain/tenant.ts"
export { Contact, SlaClockState, StatusCategory, Ticket, TicketSla } from "./domain/ticket.ts"
export type { TicketRef } from "./domain/ticket.ts"
export { TicketType, TicketTypeVisibility } from "./domain/ticket-type.ts"
export { OrgRole, User, UserKind } from "./domain/user.ts"

// Errors
export {
  AttachmentRejected,
  Conflict,
  Forbidden,
  InvalidTransition,
  InvalidWorkflow,
  NotFound,
  StoreFailure,
  TicketLocked,
  TicketNotFound,
  Unauthenticated,
  ValidationFailed,
  VersionConflict,
} from "./errors.ts"
export type { EngineError, FieldIssue, WorkflowProblem } from "./errors.ts"

// Workflow
export { compileWorkflow } from "./workflow/compile.ts"
export type { CompiledWorkflow, EnabledTransition, WorkflowContext, WorkflowEvent, WorkflowFacts, WorkflowMachine, WorkflowSnapshot } from "./workflow/compile.ts"
export { defaultWorkflow } from "./workflow/default-workflow.ts"
export {
  actorRoles,
  Branch,
  EventName,
  guardNames,
  ResolutionRule,
  StatusDefinition,
  Target,
  TimerDefinition,
  TransitionDefinition,
  TriggerDefinition,
  WorkflowDefinition,
} from "./workflow/definition.ts"
export type { ActorRole, GuardName, WorkflowDefinitionInput } from "./workflow/definition.ts"
export { assertValidWorkflow, validateWorkflow } from "./workflow/validate.ts"
export type { WorkflowValidation } from "./workflow/validate.ts"
export { verifyWorkflow, type VerifyWorkflowOptions, type WorkflowVerification } from "./workflow/verify.ts"

// Policy
export { isAdmin, isStaff } from "./policy/actor.ts"
export type { Actor } from "./policy/actor.ts"
export type { EditableField } from "./policy/permissions.ts"

// Views: what the API puts on the wire, and the edit rule it answers with
export { editableFieldNames } from "./policy/permissions.ts"
export type { TicketPermissions } from "./policy/permissions.ts"
export { AttachmentView, toAttachmentView } from "./views/attachment.ts"
export { AllowedEventView, toAllowedEventView } from "./views/allowed-event.ts"
export { CalendarView, CatalogItemView, configViews, DepartmentView, OrganisationView, PriorityView, SlaPolicyView, TicketTypeView, toConfigView } from "./views/config.ts"
export type { ConfigView } from "./views/config.ts"
export { EventView, toEventView } from "./views/event.ts"
export { MessageView, toMessageView } from "./views/message.ts"
export { TicketDetailView, TicketEditField, TicketSlaView, TicketView, toTicketDetailView, toTicketView } from "./views/ticket.ts"
export { MeView, toMeView, toUserView, UserView } from "./views/user.ts"
export { toWorkflowView, WorkflowView } from "./views/workflow.ts"

// SLA
/** SLA arithmetic in business time and the pure state machine of a ticket's SLA clock. */
export * as sla from "./sla/index.ts"

// Ports
export { manualClock, systemClock } from "./ports/clock.ts"
export type { Clock, ManualClock } from "./ports/clock.ts"
export { uuidGenerator } from "./ports/id-generator.ts"
export type { IdGenerator } from "./ports/id-generator.ts"
export { createMemoryStore } from "./ports/memory-store.ts"
export { createMemoryAuthStore } from "./ports/auth-store.ts"
export type { AuthStore, RevokeSessions, Session } from "./ports/auth-store.ts"
export { createMemoryAttachmentStore } from "./ports/attachment-store.ts"
export type { AttachmentStore } from "./ports/attachment-store.ts"
export { createMemoryEventFeed } from "./ports/event-feed.ts"
export type { TicketEventFeed, TicketEventListener } from "./ports/event-feed.ts"
// What the engine answers with; a store author's port and helpers are `@ticketflow/core/store`
export type { ActorProfile, ConfigEntities, ConfigKind, TicketCounts, TicketPage, Timer } from "./ports/ticket-store.ts"

// Engine (Promise facade)
export { createEngine } from "./engine/engine.ts"
export type { Engine, TicketReference } from "./engine/engine-interface.ts"
export { declarations } from "./engine/surface/index.ts"
export type { Declarations, OperationName } from "./engine/surface/index.ts"
export type { Access, Declaration, ErrorTag } from "./engine/declare.ts"

// Inputs: the schema of every command's input (an HTTP adapter validates requests with them)
export {
  AssignInput,
  CreateTicketInput,
  FireEventInput,
  ListMessagesInput,
  PostMessageInput,
  SetDueDateInput,
  TicketQueryInput,
  TicketRefInput,
  UpdateTicketInput,
} from "./engine/inputs.ts"
export { CreateTenantInput, CreateUserInput, UpdateUserInput, UpsertUserInput } from "./engine/commands/users.ts"
export type { TenantSettingsPatch, UserLookup } from "./engine/commands/users.ts"
export { configPatchSchemas, configSchemas } from "./engine/config/configure.ts"
export type { ConfigInput, ConfigPatch } from "./engine/config/configure.ts"
export { MigrateTicketsInput } from "./engine/commands/workflows.ts"
export { RecordUploadInput } from "./engine/commands/record-upload.ts"
export { validationFailed } from "./engine/parse-input.ts"
export type { EngineOptions } from "./engine/context.ts"
export type { AllowedEvent } from "./engine/queries/conversation.ts"
export type { PostedMessage } from "./engine/commands/post-message.ts"
export type { MigrationResult, TicketMove } from "./engine/commands/workflows.ts"
export type { TimerRun } from "./engine/commands/run-due-timers.ts"
export { defaultPartialTtlMs, defaultUnlinkedUploadTtlMs, startUploadSweeper, sweepUploads } from "./engine/upload-sweeper.ts"
export type { UploadSweep, UploadSweeper, UploadSweeperOptions, UploadSweepOptions } from "./engine/upload-sweeper.ts"
export { attachmentPolicyRefusal } from "./engine/attachments.ts"
