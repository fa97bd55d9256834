/** How `verifyWorkflow` walks a workflow. */
export interface VerifyWorkflowOptions {
  /** The same seed gives the same walks and the same report. @default 1 */
  readonly seed?: number
  /** How many walks to take; half of them start over from the initial status. @default 200 */
  readonly walks?: number
  /** The longest a walk goes on before it starts over. @default 40 */
  readonly maxSteps?: number
  /**
   * Let walks assign and unassign the ticket and set and clear its due date between steps, as
   * agents do, so branches guarded by `assigned`, `has_due_date`… are taken. @default true
   */
  readonly varyFacts?: boolean
}
