/**
 * The names each published entry point exports, pinned: `surface.test.ts` fails when an entry
 * exports a name missing here or lacks one listed here. Adding or removing a name here is
 * changing the public API: the export's doc comment, the docs and the changelog go with it.
 * `values` are what a program can import at run time; `types` exist only for TypeScript.
 */
import { names, type EntryExports } from "./entry-exports.ts"

/** Every entry point of every published package, by the specifier a host imports. */
export const publicSurface: Readonly<Record<string, EntryExports>> = {
  "@ticketflow/core": {
    values: names(`
      AllowedEventView AssignInput Attachment AttachmentPolicy AttachmentRejected AttachmentView
      Branch Calendar CalendarDate CalendarView CatalogItem CatalogItemView Color Conflict Contact
      CreateTenantInput CreateTicketInput CreateUserInput Department DepartmentView Duration EventName
      EventView EventVisibility FireEventInput Forbidden Id Instant InvalidTransition InvalidWorkflow
      Key Labels Line ListMessagesInput MeView Message MessageView MessageVisibility
      MigrateTicketsInput NotFound OrgRole Organisation OrganisationView PostMessageInput Priority
      PriorityView RecordUploadInput ResolutionRule SetDueDateInput SlaClockState SlaPolicy
      SlaPolicyView StatusCategory StatusDefinition StoreFailure Target Tenant TenantSettings Text
      Ticket TicketDetailView TicketEditField TicketEvent TicketEventType TicketLocked TicketNotFound
      TicketQueryInput TicketRefInput TicketSla TicketSlaView TicketType TicketTypeView
      TicketTypeVisibility TicketView TimerDefinition TransitionDefinition TriggerDefinition
      Unauthenticated UpdateTicketInput UpdateUserInput UpsertUserInput User UserKind UserView
      ValidationFailed VersionConflict WorkflowDefinition WorkflowView WorkingHours actorRoles
      assertValidWorkflow attachmentPolicyRefusal compileWorkflow configPatchSchemas configSchemas
      configViews createEngine createMemoryAttachmentStore createMemoryAuthStore createMemoryEventFeed
      createMemoryStore declarations defaultAttachmentPolicy defaultPartialTtlMs
      defaultUnlinkedUploadTtlMs defaultWorkflow editableFieldNames guardNames isAdmin isStaff isStorableLine
      isStorableText manualClock replayTicket sla startUploadSweeper sweepUploads systemClock
      threeImagesOneDocumentPolicy toAllowedEventView toAttachmentView toConfigView toEventView
      toMeView toMessageView toTicketDetailView toTicketView toUserView toWorkflowView uuidGenerator
      validateWorkflow validationFailed verifyWorkflow
    `),
    types: names(`
      Access Actor ActorProfile ActorRole AllowedEvent AttachmentStore AuthStore Clock
      CompiledWorkflow ConfigEntities ConfigInput ConfigKind ConfigPatch ConfigView Declaration
      Declarations EditableField EnabledTransition Engine EngineError EngineOptions ErrorTag
      FieldIssue GuardName IdGenerator ManualClock MigrationResult OperationName PostedMessage
      RevokeSessions Session TenantSettingsPatch TicketCounts TicketEventFeed TicketEventListener
      TicketMove TicketPage TicketPermissions TicketRef TicketReference Timer TimerRun UploadSweep UploadSweepOptions
      UploadSweeper UploadSweeperOptions UserLookup VerifyWorkflowOptions WorkflowContext
      WorkflowDefinitionInput WorkflowEvent WorkflowFacts WorkflowMachine WorkflowProblem
      WorkflowSnapshot WorkflowValidation WorkflowVerification
    `),
  },
  "@ticketflow/core/effect": {
    values: names(`
      ClockService EngineRuntime EventFeedService IdGeneratorService MemoryStore TicketStoreService
      WorkflowCache allowedEvents assign checkWorkflow countTickets createConfig createTenant
      createTicket createUser declarations deleteConfig engineContext findUnlinkedUploads fireEvent
      getAttachment getConfig getTicket getUser getWorkflow hostListUsers listAttachments listConfig
      listEvents listMessages listTenants listTickets listUsers listWorkflows lookupUser me
      migrateTickets patchConfig postMessage publishWorkflow putConfig recordUpload
      removeUnlinkedUploads runDueTimers runTimer setDueDate syncUser ticketPermissions
      tracedPrograms updateTenantSettings updateTicket updateUser upsertUser
    `),
    types: names(`
      ConfigInput ConfigPatch EngineOptions EngineServices TracedPrograms
    `),
  },
  "@ticketflow/core/store": {
    values: names(`
      compareSortKeys configKinds decodeCursor encodeCursor isVisible matchesFilter parseSearch
      sortKeyOf ticketSortFields
    `),
    types: names(`
      IdempotencyRecord SortKey StoreTicketQuery TicketChange TicketFilter TicketSort TicketSortField
      TicketStore TicketVisibility
    `),
  },
  "@ticketflow/core/demo": {
    values: names(`
      demoUsers installDemo
    `),
    types: names(`
      DemoActors
    `),
  },
  "@ticketflow/core/testing": {
    values: names(`
      authStoreContract commitNewTicket commitTicketUpdate concurrentTestIds creationOf fixtureEpoch
      makeAttachment makeEvent makeMessage makeTenant makeTicket makeTimer makeUser minutesAfterEpoch
      sampleConfig seedTenant seedTicketWorld storeContract updateOf workflowPathSuite
      worldTicketNames
    `),
    types: names(`
      AuthStoreUnderTest StoreContractOptions StoreContractTestId StoreUnderTest TicketWorld
      WorldTicketName WorldUsers
    `),
  },
  "@ticketflow/kysely": {
    values: names(`
      KyselyStore analyzeStaleTables causedByConnectionFailure createKyselyAuthStore createKyselyStore
      isConnectionFailure migrate migrationProvider migrations quoteIdentifier startTimerLoop
    `),
    types: names(`
      Database DatabaseHandle KyselyOptions MigrateOptions TimerLoop TimerLoopOptions
    `),
  },
  "@ticketflow/kysely/postgres": {
    values: names(`
      createPool createPostgresEventFeed openPostgres
    `),
    types: names(`
      PostgresEventFeed PostgresEventFeedOptions PostgresHandle PostgresOptions
    `),
  },
  "@ticketflow/kysely/pglite": {
    values: names(`
      StatementTimeout dumpPglite openPglite openPgliteWorker usePglite
    `),
    types: names(`
      PgliteHandle PgliteOptions PgliteWorkerHandle PgliteWorkerOptions
    `),
  },
  "@ticketflow/kysely/worker": {
    values: names(`
      startTimerWorker uninstallTimerJobs
    `),
    types: names(`
      TimerOutcome TimerWorker TimerWorkerOptions
    `),
  },
  "@ticketflow/hono": {
    values: names(`
      ApiProblem Problem contentDisposition createTicketflowApi defaultPasswordCost hashPassword
      problemBase problemMediaType renderMarkdown sanitizeFilename sessionCookie setPassword toProblem
      verifyPassword
    `),
    types: names(`
      ApiEnv ApiLimits ApiLogger AuthState BuiltInAuth HostAuth HostAuthScheme HostUser
      OpenApiOAuthFlow OpenApiSecurityScheme PasswordGateState ProblemContext ProblemResponse
      TicketflowApi TicketflowApiOptions TrustProxy UploadSettled
    `),
  },
  "@ticketflow/hono/client": {
    values: names(``),
    types: names(`
      $defs AllowedEventView AttachmentPolicyView AttachmentView CalendarView CatalogItemView
      CreateTicketBody DepartmentView EventView FireEventBody LoginResultView MeView MessageView
      MigrationResultView OrganisationView PostMessageBody PostedMessageView PriorityView Problem
      SlaPolicyView TenantSettingsView TicketCountsView TicketDetailView TicketEditField
      TicketPageView TicketSlaView TicketTypeView TicketView UpdateTicketBody UserInputBody UserView
      WorkflowProblemView WorkflowValidationView WorkflowView components operations paths webhooks
    `),
  },
  "@ticketflow/files": {
    values: names(`
      createFileAttachmentStore safeSegment
    `),
    types: names(`
      FileAttachmentStoreOptions
    `),
  },
  "@ticketflow/console": {
    values: names(`
      ConfigFormPage ConfigListPage ConsoleHeader ConsoleLayout ConsoleProvider ConsoleSider
      HomeRedirect LanguagePicker LoginPage NotFound PageSkeleton SignedIn TicketCreatePage
      TicketListPage TicketShowPage TicketflowApp WorkflowEditorPage WorkflowListPage
      antdLocaleLoaders browserTokenStore can clientList configPages configResourcePaths
      consoleRouteTree consoleTheme countsQuery createAccessControlProvider createApiClient
      createAuthProvider createConsole createDataProvider createI18n createI18nProvider createSession
      en ensureLanguage fetchDemoUsers humanize initialLanguage isConfigResource isLanguage isTeam
      labelOf languages mayEditField messageLoaders roleOf ticketFilterParams ticketQuery
      ticketSortParams ticketflowResources ticketflowRoutes toRefineError totalFromCounts useConsole
      useNotificationProvider withQuery
    `),
    types: names(`
      AntdLocale ApiClient ApiClientOptions ConsoleOptions ConsoleRole ConsoleServices
      DataProviderOptions DemoUser Identity LanguageCode Me Messages Permissions Problem
      RequestOptions Session TicketCounts TicketflowConsole TicketflowError TokenStore
    `),
  },
}
