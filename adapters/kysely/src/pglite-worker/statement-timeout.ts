/**
 * A statement stopped because it ran past its budget: SQLSTATE `57014` (query_canceled), as
 * Postgres reports a `statement_timeout`, so callers handle both stores' timeouts alike.
 */
export class StatementTimeout extends Error {
  readonly code = "57014"
  readonly budgetMs: number

  constructor(budgetMs: number) {
    super(`canceling statement due to statement timeout (${budgetMs} ms)`)
    this.name = "StatementTimeout"
    this.budgetMs = budgetMs
  }
}
