import type { SlaPolicy } from "../domain/sla-policy.ts"

/** The ticket fields an SLA policy is matched on. */
export interface SlaPolicySubject {
  readonly priorityKey: string | null
  readonly typeKey: string | null
  readonly departmentKey: string | null
  readonly organisationId: string | null
}

/** The most specific policy for the ticket's priority whose narrowing fields are unset or equal. */
export function selectSlaPolicy(
  policies: ReadonlyArray<SlaPolicy>,
  ticket: SlaPolicySubject,
): SlaPolicy | undefined {
  if (ticket.priorityKey === null) return undefined
  let best: SlaPolicy | undefined
  let bestScore = -1
  for (const policy of policies) {
    const score = specificity(policy, ticket)
    if (score < 0) continue
    // Equal scores mean the same narrowing fields: the smaller key wins so the choice never depends on order.
    if (score > bestScore || (score === bestScore && best !== undefined && policy.key < best.key)) {
      best = policy
      bestScore = score
    }
  }
  return best
}

/**
 * -1 when the policy does not apply; otherwise the count of narrowing fields it sets, then which ones
 * (organisation over department over type) as lower bits, so a bigger number is more specific.
 */
function specificity(policy: SlaPolicy, ticket: SlaPolicySubject): number {
  if (policy.priorityKey !== ticket.priorityKey) return -1
  const narrowing = [
    [policy.organisationId, ticket.organisationId, 4],
    [policy.departmentKey, ticket.departmentKey, 2],
    [policy.typeKey, ticket.typeKey, 1],
  ] as const
  let count = 0
  let which = 0
  for (const [wanted, actual, bit] of narrowing) {
    if (wanted === null) continue
    if (wanted !== actual) return -1
    count += 1
    which |= bit
  }
  return count * 8 + which
}
