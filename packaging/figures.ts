/**
 * The figures of what someone else's app gets from the published packages, measured in a fresh
 * project outside the repository (`npm run figures`):
 *
 * 1. `installed`: the size on disk and the package count of `node_modules` after
 *    `npm install` of core, kysely and hono's tarballs with `effect zod kysely pg hono` from the
 *    registry, none of the optional parts (target: under 60 MB); the 10 heaviest packages; and a
 *    check that `graphile-worker`, `typescript`, `@scalar/api-reference` and `sharp` stayed out.
 * 2. `bundle`: a PGlite-only script that creates a ticket, bundled by esbuild (minified, node,
 *    esm) as docs/storage.md ("Bundling") says, run by Node from a folder holding only the bundle
 *    and PGlite's assets (target: under 1.5 MB of JavaScript, the assets not counted).
 * 3. `tarball`: each tarball's size and file count.
 *
 * Prints one JSON line per figure, then a line for people. A missed target is reported, not an
 * error: the exit code is non-zero only when something fails (a pack, an install, the bundle's
 * run) or when an optional part got installed. The temporary folder is removed at the end;
 * `TICKETFLOW_FIGURES_KEEP=1` keeps it (and prints where) to look into a figure.
 */
import { execFile } from "node:child_process"
import { copyFile, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, relative, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { build, type Metafile } from "esbuild"
import { packAll, peersOf, type PackedPackage } from "./pack.ts"

const run = promisify(execFile)

/** 1 MB as the targets mean it: 10^6 bytes. */
const MB = 1_000_000

/** The installed size the three packages may reach, in bytes. */
export const installedTarget = 60 * MB

/** The bundle size a PGlite-only script may reach, in bytes, PGlite's assets not counted. */
export const bundleTarget = 1.5 * MB

/** Packages that must not be installed without being asked for: optional peers and build tools. */
export const mustStayOut = ["graphile-worker", "typescript", "@scalar/api-reference", "sharp"] as const

/**
 * PGlite's files that a bundle needs beside it: the Postgres and initdb WebAssembly, the file
 * system image and the `pg_trgm` extension (docs/storage.md, "Bundling").
 */
export const pgliteAssets = ["pglite.wasm", "initdb.wasm", "pglite.data", "pg_trgm.tar.gz"] as const

/** The script that is bundled: PGlite in memory, migrated, one tenant, one customer, one ticket. */
export const pgliteScript = `import { createEngine } from "@ticketflow/core"
import { createKyselyStore, migrate } from "@ticketflow/kysely"
import { openPglite } from "@ticketflow/kysely/pglite"

// Bundled, PGlite's code is in this file: pg_trgm.tar.gz is copied beside it.
const { db, close } = await openPglite({ pgTrgmBundle: new URL("./pg_trgm.tar.gz", import.meta.url) })
try {
  await migrate(db)
  const engine = createEngine({ store: createKyselyStore(db) })
  const tenant = await engine.createTenant({ key: "acme-support", name: "Acme Support" })
  const customer = await engine.syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
  const ticket = await engine.createTicket({ tenantId: tenant.id, userId: customer.id }, { subject: "Cannot log in", description: "Since this morning." })
  console.log(\`ticket #\${ticket.number}\`)
} finally {
  await close()
}
`

/** One package found in a `node_modules` tree, with the bytes of its own files (its nested `node_modules` apart). */
export interface InstalledPackage {
  readonly name: string
  /** Where it is, relative to the top `node_modules` (`pg/node_modules/pg-types` when nested). */
  readonly path: string
  readonly bytes: number
}

/** A `node_modules` tree measured: its bytes on disk (as `du -sb`) and its packages. */
export interface InstalledTree {
  readonly bytes: number
  readonly packages: ReadonlyArray<InstalledPackage>
}

/** A figure as printed: what was measured, its target when it has one, and whether it is met. */
export interface Figure {
  readonly figure: string
  readonly target: string | null
  readonly met: boolean | null
  readonly [detail: string]: unknown
}

/**
 * Measures a `node_modules` folder: apparent bytes of every file, link and folder, each inode
 * once (what `du -sb` counts), and every package in it, nested `node_modules` included.
 *
 * @example
 * const { bytes, packages } = await measureNodeModules("/tmp/app/node_modules")
 */
export async function measureNodeModules(nodeModules: string): Promise<InstalledTree> {
  const seen = new Set<string>()
  const packages: InstalledPackage[] = []

  // Bytes under `path`, leaving out nested node_modules (counted as their own packages).
  async function bytesOf(path: string): Promise<number> {
    const info = await lstat(path)
    const inode = `${info.dev}:${info.ino}`
    if (seen.has(inode)) return 0
    seen.add(inode)
    if (!info.isDirectory()) return info.size
    let total = info.size
    for (const entry of await readdir(path)) {
      total += entry === "node_modules" ? await walkModules(join(path, entry)) : await bytesOf(join(path, entry))
    }
    return total
  }

  // Bytes of a node_modules folder, recording each package (`name`, `@scope/name`) found in it.
  async function walkModules(folder: string): Promise<number> {
    const info = await lstat(folder)
    seen.add(`${info.dev}:${info.ino}`)
    let total = info.size
    for (const entry of await readdir(folder)) {
      const path = join(folder, entry)
      if (entry.startsWith("@") && (await lstat(path)).isDirectory()) {
        const scope = await lstat(path)
        seen.add(`${scope.dev}:${scope.ino}`)
        total += scope.size
        for (const inner of await readdir(path)) total += await packageOrFile(join(path, inner), `${entry}/${inner}`)
      } else {
        total += await packageOrFile(path, entry)
      }
    }
    return total
  }

  async function packageOrFile(path: string, name: string): Promise<number> {
    const bytes = await bytesOf(path)
    const isPackage = await stat(join(path, "package.json")).then((s) => s.isFile(), () => false)
    if (isPackage) packages.push({ name, path: relative(nodeModules, path).split(sep).join("/"), bytes })
    return bytes
  }

  return { bytes: await walkModules(nodeModules), packages }
}

/** Bytes of the bundle's output per package (`kysely`, `@electric-sql/pglite`, or `(app)` for code outside node_modules), heaviest first. */
export function bundleBytesByPackage(inputs: Metafile["outputs"][string]["inputs"]): Array<{ name: string; bytes: number }> {
  const byPackage = new Map<string, number>()
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const at = path.lastIndexOf("node_modules/")
    const name = at < 0 ? "(app)" : (/^(?:@[^/]+\/)?[^/]+/.exec(path.slice(at + "node_modules/".length))?.[0] ?? "(app)")
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput)
  }
  return [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes)
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(2)} MB`
}

function print(figure: Figure, human: string): void {
  console.log(JSON.stringify(figure))
  console.log(`  ${human}`)
}

async function npm(cwd: string, args: ReadonlyArray<string>): Promise<void> {
  await run("npm", [...args], {
    cwd,
    env: { ...process.env, npm_config_loglevel: "error", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" },
    maxBuffer: 64 * 1024 * 1024,
  })
}

async function tarballFigures(packed: ReadonlyArray<PackedPackage>): Promise<void> {
  for (const tarball of packed) {
    print(
      { figure: "tarball", target: null, met: null, package: tarball.name, version: tarball.version, bytes: tarball.size, files: tarball.files.length },
      `${tarball.name}@${tarball.version}: ${(tarball.size / 1000).toFixed(1)} kB packed, ${tarball.files.length} files`,
    )
  }
}

async function installedFigure(app: string, packed: ReadonlyArray<PackedPackage>): Promise<string[]> {
  await npm(app, ["install", ...packed.map((p) => p.tarball), "effect", "zod", "kysely", "pg", "hono"])
  const tree = await measureNodeModules(join(app, "node_modules"))
  const present = mustStayOut.filter((name) => tree.packages.some((p) => p.name === name))
  const top = [...tree.packages].sort((a, b) => b.bytes - a.bytes).slice(0, 10).map(({ path, bytes }) => ({ name: path, bytes }))
  const met = tree.bytes < installedTarget
  print(
    { figure: "installed", target: `< ${megabytes(installedTarget)}`, met, bytes: tree.bytes, packages: tree.packages.length, top, optionalPartsInstalled: present },
    `installed core + kysely (pg) + hono: ${megabytes(tree.bytes)} in ${tree.packages.length} packages (target < ${megabytes(installedTarget)}: ${met ? "met" : "MISSED"}); ` +
      `heaviest: ${top.slice(0, 5).map((p) => `${p.name} ${megabytes(p.bytes)}`).join(", ")}; ` +
      (present.length === 0 ? `none of ${mustStayOut.join(", ")}` : `INSTALLED: ${present.join(", ")}`),
  )
  return present
}

async function bundleFigure(root: string, app: string): Promise<void> {
  const pgliteRange = (await peersOf("adapters/kysely", ["@electric-sql/pglite"]))["@electric-sql/pglite"]
  await npm(app, ["install", `@electric-sql/pglite@${pgliteRange ?? "latest"}`])
  await writeFile(join(app, "create-ticket.js"), pgliteScript)

  // As docs/storage.md ("Bundling") says: esbuild, then PGlite's assets copied beside the bundle.
  const dist = join(root, "dist")
  const outfile = join(dist, "create-ticket.js")
  const result = await build({
    absWorkingDir: app,
    entryPoints: ["create-ticket.js"],
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    outfile,
    metafile: true,
    logLevel: "error",
  })
  const assetsFrom = join(app, "node_modules", "@electric-sql", "pglite", "dist")
  for (const asset of pgliteAssets) await copyFile(join(assetsFrom, asset), join(dist, asset))

  const bytes = (await stat(outfile)).size
  let assetBytes = 0
  for (const asset of pgliteAssets) assetBytes += (await stat(join(dist, asset))).size
  const { stdout } = await run(process.execPath, [outfile], { cwd: dist, timeout: 60_000 })
  const ticket = /ticket #\d+/.exec(stdout)?.[0]
  if (ticket === undefined) throw new Error(`the bundle ran but printed no ticket number: ${stdout}`)

  const output = result.metafile.outputs[relative(app, outfile).split(sep).join("/")] ?? Object.values(result.metafile.outputs)[0]
  const inputs = output?.inputs ?? {}
  const byPackage = bundleBytesByPackage(inputs).slice(0, 10)
  const met = bytes < bundleTarget
  print(
    { figure: "bundle", target: `< ${megabytes(bundleTarget)}`, met, bytes, assetsBytes: assetBytes, assets: pgliteAssets, ran: ticket, topPackages: byPackage },
    `PGlite-only bundle (esbuild, minified): ${megabytes(bytes)} of JavaScript (target < ${megabytes(bundleTarget)}: ${met ? "met" : "MISSED"}), ` +
      `plus ${megabytes(assetBytes)} of PGlite assets; run from ${dist} alone, it printed "${ticket}"; ` +
      `heaviest: ${byPackage.slice(0, 5).map((p) => `${p.name} ${(p.bytes / 1000).toFixed(0)} kB`).join(", ")}`,
  )
  if (!met) {
    const topInputs = Object.entries(inputs).map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput })).sort((a, b) => b.bytes - a.bytes).slice(0, 15)
    console.log(JSON.stringify({ figure: "bundle-analysis", target: null, met: null, topInputs }))
    for (const input of topInputs) console.log(`  ${(input.bytes / 1000).toFixed(1).padStart(8)} kB  ${input.path}`)
  }
}

async function main(): Promise<void> {
  const started = Date.now()
  const root = await mkdtemp(join(tmpdir(), "ticketflow-figures-"))
  try {
    const tarballs = join(root, "tarballs")
    const app = join(root, "app")
    await mkdir(tarballs)
    await mkdir(app)
    const packed = await packAll(tarballs, ["core", "adapters/kysely", "adapters/hono"])
    await tarballFigures(packed)

    await npm(app, ["init", "-y"])
    const manifest = JSON.parse(await readFile(join(app, "package.json"), "utf8")) as Record<string, unknown>
    await writeFile(join(app, "package.json"), JSON.stringify({ ...manifest, type: "module" }, null, 2))
    const present = await installedFigure(app, packed)

    await bundleFigure(root, app)
    console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    if (present.length > 0) throw new Error(`optional parts got installed: ${present.join(", ")}`)
  } finally {
    if (process.env.TICKETFLOW_FIGURES_KEEP === "1") console.log(`  kept ${root}`)
    else await rm(root, { recursive: true, force: true })
  }
}

// Run as a script (`npm run figures`); imported, it only lends its helpers.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
