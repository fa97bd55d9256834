/** Anything with an English name and per-locale labels: statuses, types, priorities… */
export interface Labelled {
  readonly name: string
  readonly labels?: Readonly<Record<string, string>> | undefined
}

/** The label of a configuration entity in a language: its `labels` entry, else its name. */
export function labelOf(entity: Labelled, language: string): string {
  const labels = entity.labels ?? {}
  return labels[language] ?? labels[language.split("-")[0] ?? language] ?? entity.name
}

/** A key made readable when nothing else names it: `needs_clarification` → "Needs clarification". */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, " ").trim().toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
