/**
 * A stranger's project: a fresh directory outside the repository with ticketflow's packed
 * tarballs and the registry's current versions of their peers installed by npm, and the host
 * programs of `packaging/host` copied in.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process"
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { packAll, peersOf, publishedWorkspaces, repoRoot, type PackedPackage } from "./pack.ts"

const run = promisify(execFile)

/** The tools a host app brings of its own, at the versions a new project would pick. */
const hostTools: Record<string, string> = {
  "@ant-design/v5-patch-for-react-19": "^1.0.3",
  "@hono/node-server": "^2.0.0",
  "@types/node": "^22.0.0",
  "@types/react": "^19.0.0",
  "@types/react-dom": "^19.0.0",
  "@vitejs/plugin-react": "^6.0.0",
  typescript: "^5.9.0",
  vite: "^8.0.0",
  vitest: "^5.0.0",
}

/** The optional peers the host programs use: the database drivers and the job runner, not Scalar or sharp. */
const optionalPeersUsed = ["pg", "@electric-sql/pglite", "graphile-worker", "@ticketflow/core"]

/** A stranger's project on disk. */
export interface StrangerProject {
  readonly dir: string
  readonly packed: ReadonlyArray<PackedPackage>
  /** Runs a command of the project's `node_modules/.bin` in it; rejects with its output on failure. */
  bin(command: string, args: ReadonlyArray<string>, options?: { env?: Record<string, string>; cwd?: string }): Promise<string>
  /** Runs a command of the project's `node_modules/.bin` in it; its output, whether it failed or not. */
  output(command: string, args: ReadonlyArray<string>): Promise<string>
  /** Runs a compiled host program with plain Node (no loader); its standard output. */
  node(script: string, env?: Record<string, string>): Promise<string>
  /** Starts a compiled host server on a free port; resolves once it printed `{ "port": … }`. */
  serve(script: string, env?: Record<string, string>): Promise<{ readonly port: number; readonly process: ChildProcess; output(): string }>
  remove(): Promise<void>
}

/** Packs ticketflow, installs it with its peers into a new project in the temp directory. */
export async function createStrangerProject(): Promise<StrangerProject> {
  const dir = await mkdtemp(join(tmpdir(), "ticketflow-stranger-"))
  const tarballs = join(dir, "tarballs")
  await mkdir(tarballs)
  const packed = await packAll(tarballs)
  const dependencies: Record<string, string> = {}
  // Every required peer, and of the optional ones only the drivers the host programs use.
  for (const workspace of publishedWorkspaces) Object.assign(dependencies, await peersOf(workspace, optionalPeersUsed))
  for (const pkg of packed) dependencies[pkg.name] = `file:${pkg.tarball}`
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify({ name: "stranger-host", version: "1.0.0", private: true, type: "module", dependencies, devDependencies: hostTools }, null, 2),
  )
  await cp(join(repoRoot, "packaging/host"), dir, { recursive: true })
  // The README's embedding, as examples/embedding holds it.
  for (const file of ["embed.ts", "embed-effect.ts"]) await cp(join(repoRoot, "examples/embedding/src", file), join(dir, "src", file))
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: cleanEnv() })

  const bin: StrangerProject["bin"] = async (command, args, options = {}) => {
    try {
      const { stdout } = await run(join(dir, "node_modules/.bin", command), [...args], {
        cwd: options.cwd ?? dir,
        env: { ...cleanEnv(), ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      })
      return stdout
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string }
      throw new Error(`${command} ${args.join(" ")} failed:\n${failed.stdout ?? ""}\n${failed.stderr ?? failed.message}`)
    }
  }
  const output: StrangerProject["output"] = (command, args) =>
    run(join(dir, "node_modules/.bin", command), [...args], { cwd: dir, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => stdout + stderr,
      (error: { stdout?: string; stderr?: string }) => (error.stdout ?? "") + (error.stderr ?? ""),
    )
  const node: StrangerProject["node"] = async (script, env = {}) => {
    try {
      const { stdout } = await run(process.execPath, [script], { cwd: dir, env: { ...cleanEnv(), ...env }, maxBuffer: 16 * 1024 * 1024 })
      return stdout
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string }
      throw new Error(`node ${script} failed:\n${failed.stdout ?? ""}\n${failed.stderr ?? failed.message}`)
    }
  }
  const serve: StrangerProject["serve"] = (script, env = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [script], { cwd: dir, env: { ...cleanEnv(), PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] })
      let output = ""
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        const port = /\{"port":(\d+)\}/.exec(output)?.[1]
        if (port !== undefined) resolve({ port: Number(port), process: child, output: () => output })
      }
      child.stdout.on("data", onData)
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
      child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before listening:\n${output}`)))
    })
  return { dir, packed, bin, output, node, serve, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** The environment without what the repository's own npm run sets (conditions, paths). */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || name.startsWith("npm_") || name === "NODE_OPTIONS" || name === "NODE_ENV" || name === "INIT_CWD" || name === "VITEST" || name.startsWith("VITEST_")) continue
    env[name] = value
  }
  return env
}

/** The manifest of an installed package of the project. */
export async function installedManifest(project: StrangerProject, name: string): Promise<{ version: string; exports?: Record<string, unknown> }> {
  return JSON.parse(await readFile(join(project.dir, "node_modules", name, "package.json"), "utf8")) as { version: string; exports?: Record<string, unknown> }
}
