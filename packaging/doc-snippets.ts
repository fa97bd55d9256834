/**
 * The code of README.md and docs/*.md, held to what the stranger test runs: every `ts`/`tsx`
 * block names, in a `<!-- stranger: path -->` comment on the line before it, the host file it
 * comes from, and appears there verbatim (a line `// …` in a block stands for any lines of the
 * file). A `json` block may name a file the same way.
 */
import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { repoRoot } from "./pack.ts"

/** One fenced code block of a document. */
export interface DocBlock {
  readonly document: string
  readonly line: number
  readonly language: string
  readonly code: string
  /** The host file its marker names, relative to the repository, or null without a marker. */
  readonly source: string | null
}

const markerPattern = /^<!-- stranger: (\S+) -->$/

/** The fenced blocks of a Markdown text. */
export function blocksOf(document: string, text: string): DocBlock[] {
  const lines = text.split(/\r?\n/)
  const blocks: DocBlock[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^```(\w+)\s*$/.exec(lines[index] ?? "")
    if (open === null) continue
    const end = lines.findIndex((line, at) => at > index && line.startsWith("```"))
    if (end === -1) break
    const marker = markerPattern.exec(lines[index - 1] ?? "")
    blocks.push({ document, line: index + 1, language: open[1] ?? "", code: lines.slice(index + 1, end).join("\n"), source: marker?.[1] ?? null })
    index = end
  }
  return blocks
}

/** Whether `code` appears in `file`: verbatim, its `// …` lines standing for any lines in between. */
export function appearsIn(code: string, file: string): boolean {
  const parts = code.split(/^[ \t]*\/\/ …[ \t]*$/m).map((part) => part.replace(/^\n+|\n+$/g, ""))
  let from = 0
  for (const part of parts) {
    if (part === "") continue
    const at = file.indexOf(part, from)
    if (at === -1) return false
    from = at + part.length
  }
  return true
}

/** README.md and every docs/*.md, relative to the repository. */
export async function documents(): Promise<string[]> {
  const docs = (await readdir(join(repoRoot, "docs"))).filter((name) => name.endsWith(".md")).sort()
  return ["README.md", ...docs.map((name) => `docs/${name}`)]
}

/** The blocks of every document that break the rule, each with why. */
export async function snippetProblems(): Promise<string[]> {
  const problems: string[] = []
  for (const document of await documents()) {
    for (const block of blocksOf(document, await readFile(join(repoRoot, document), "utf8"))) {
      const where = `${block.document}:${block.line}`
      const code = block.language === "ts" || block.language === "tsx"
      if (block.source === null) {
        if (code) problems.push(`${where}: a ${block.language} block without a <!-- stranger: … --> marker`)
        continue
      }
      const file = await readFile(join(repoRoot, block.source), "utf8").catch(() => null)
      if (file === null) problems.push(`${where}: ${block.source} does not exist`)
      else if (!appearsIn(block.code, file)) problems.push(`${where}: the block is not in ${block.source} as written`)
    }
  }
  return problems
}

/** Every `@ticketflow/…` import path the documents use, with where. */
export async function documentedImports(): Promise<Array<{ readonly path: string; readonly where: string }>> {
  const found: Array<{ path: string; where: string }> = []
  for (const document of await documents()) {
    const text = await readFile(join(repoRoot, document), "utf8")
    for (const match of text.matchAll(/(?:from |import\(|import )["'](@ticketflow\/[^"']+)["']/g)) {
      const line = text.slice(0, match.index).split("\n").length
      found.push({ path: match[1] ?? "", where: `${document}:${line}` })
    }
  }
  return found
}
