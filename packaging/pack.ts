/**
 * Packs the published workspaces as `npm publish` would (each `prepack` builds its `dist/`),
 * for the stranger test and the figures script.
 */
import { execFile } from "node:child_process"
import { readFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"

const run = promisify(execFile)

/** The repository's root. */
export const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "..")

/** The published workspaces, in build order: core before what depends on it. */
export const publishedWorkspaces = ["core", "adapters/kysely", "adapters/files", "adapters/hono", "console"] as const

/** One packed workspace. */
export interface PackedPackage {
  readonly name: string
  readonly version: string
  readonly workspace: string
  /** The tarball's absolute path. */
  readonly tarball: string
  /** Bytes of the tarball. */
  readonly size: number
  /** Files in it. */
  readonly files: ReadonlyArray<string>
}

interface NpmPackJson {
  readonly name: string
  readonly version: string
  readonly filename: string
  readonly size: number
  readonly files: ReadonlyArray<{ readonly path: string }>
}

/** Packs every published workspace into `destination`, in build order. */
export async function packAll(destination: string, workspaces: ReadonlyArray<string> = publishedWorkspaces): Promise<PackedPackage[]> {
  const packed: PackedPackage[] = []
  for (const workspace of workspaces) {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", destination], {
      cwd: join(repoRoot, workspace),
      env: { ...process.env, npm_config_loglevel: "error" },
      maxBuffer: 64 * 1024 * 1024,
    })
    // The build in prepack prints too: the JSON is the last array on stdout.
    const [result] = JSON.parse(stdout.slice(stdout.search(/^\[\s*\{\s*"id"/m))) as NpmPackJson[]
    if (result === undefined) throw new Error(`npm pack printed nothing for ${workspace}`)
    packed.push({
      name: result.name,
      version: result.version,
      workspace,
      tarball: join(destination, result.filename),
      size: result.size,
      files: result.files.map((file) => file.path),
    })
  }
  return packed
}

/** The required `peerDependencies` of a workspace, and the optional ones named in `optional`. */
export async function peersOf(workspace: string, optional: ReadonlyArray<string> = []): Promise<Record<string, string>> {
  const manifest = JSON.parse(await readFile(join(repoRoot, workspace, "package.json"), "utf8")) as {
    peerDependencies?: Record<string, string>
    peerDependenciesMeta?: Record<string, { optional?: boolean }>
  }
  const peers: Record<string, string> = {}
  for (const [name, range] of Object.entries(manifest.peerDependencies ?? {})) {
    if (manifest.peerDependenciesMeta?.[name]?.optional !== true || optional.includes(name)) peers[name] = range
  }
  return peers
}
