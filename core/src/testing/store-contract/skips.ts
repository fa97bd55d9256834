/**
 * Checks a suite's opt-outs against the ids of its tests and returns them by id: an id that names
 * no test, or a reason that is empty or blank, throws (when the suite is declared, so a renamed
 * test or a forgotten reason fails loudly instead of silently running or skipping).
 */
export function resolveSkips(knownIds: ReadonlySet<string>, skip: Readonly<Record<string, string | undefined>>): ReadonlyMap<string, string> {
  const resolved = new Map<string, string>()
  for (const [id, reason] of Object.entries(skip)) {
    if (!knownIds.has(id)) {
      throw new Error(`storeContract: skip names no test: "${id}" (ids are "<area>/<test title>", e.g. "${[...knownIds][0] ?? ""}")`)
    }
    if (typeof reason !== "string" || reason.trim() === "") {
      throw new Error(`storeContract: skip of "${id}" needs a reason, said when the test is skipped`)
    }
    resolved.set(id, reason)
  }
  return resolved
}
