/**
 * The names each published entry point exports, read two ways: the values from the module a
 * program loads, and every name (types included) from the entry's source by TypeScript's
 * checker. `surface.test.ts` compares them with the pinned lists of `public-surface.ts`.
 */
import { join } from "node:path"
import ts from "typescript"
import { repoRoot } from "./pack.ts"

/** What an entry exports: its runtime values, and the names that exist only as types. */
export interface EntryExports {
  readonly values: ReadonlyArray<string>
  readonly types: ReadonlyArray<string>
}

/** The names of `text` (whitespace-separated), sorted: how `public-surface.ts` writes a list. */
export function names(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((name) => name.length > 0)
    .sort()
}

/** What TypeScript reads of an entry: every name it exports, and those of them declared without a doc comment. */
export interface DeclaredExports {
  readonly names: string[]
  readonly undocumented: string[]
}

/** Every name (values and types) each source file exports, as TypeScript sees it; paths relative to the repository. */
export function declaredExports(sources: ReadonlyArray<string>): Map<string, DeclaredExports> {
  const config = ts.getParsedCommandLineOfConfigFile(join(repoRoot, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })
  if (config === undefined) throw new Error("tsconfig.json does not parse")
  const files = sources.map((source) => join(repoRoot, source))
  const program = ts.createProgram(files, { ...config.options, jsx: ts.JsxEmit.ReactJSX, noEmit: true })
  const checker = program.getTypeChecker()
  return new Map(
    sources.map((source, index) => {
      const file = program.getSourceFile(files[index] ?? "")
      const module = file === undefined ? undefined : checker.getSymbolAtLocation(file)
      if (module === undefined) throw new Error(`${source}: not a module TypeScript could read`)
      const symbols = checker.getExportsOfModule(module)
      const undocumented = symbols.filter((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
        // `/** … */ export * as sla from …` documents the namespace on the export itself.
        const declaration = symbol.declarations?.[0]
        if (declaration !== undefined && ts.isNamespaceExport(declaration)) return ts.getJSDocCommentsAndTags(declaration.parent).length === 0
        return target.getDocumentationComment(checker).length === 0
      })
      return [source, { names: symbols.map((symbol) => symbol.name).sort(), undocumented: undocumented.map((symbol) => symbol.name).sort() }]
    }),
  )
}

/** Splits an entry's declared names into its runtime values and its type-only names. */
export function entryExports(runtime: Record<string, unknown>, declared: ReadonlyArray<string>): EntryExports & { readonly undeclared: string[] } {
  const values = Object.keys(runtime).sort()
  return {
    values,
    types: declared.filter((name) => !values.includes(name)),
    undeclared: values.filter((name) => !declared.includes(name)),
  }
}
