import { existsSync } from "node:fs"
import { chromium, type Browser } from "playwright-core"

/** Debian's Chromium: the only browser the tests drive (none is ever downloaded). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Flags for a quiet headless Chromium in a container. */
export const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

/**
 * Why browser tests cannot run here, or null when they can. Outside CI a missing Chromium
 * skips them, saying why; in CI (`CI=true`) it is a failure, reported by `launchChromium`.
 */
export function browserSkipReason(): string | null {
  if (existsSync(chromiumPath)) return null
  if (process.env.CI === "true") return null
  return `Chromium is not installed at ${chromiumPath}: apt-get install chromium to run the console's browser tests`
}

/** Launches Debian's Chromium headless; fails loudly when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is required at ${chromiumPath} (CI installs it with apt-get install chromium)`)
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
}

/** Prints why a browser suite is skipped, once, so a skip is never silent. */
export function announceSkip(suite: string): boolean {
  const reason = browserSkipReason()
  if (reason !== null) console.warn(`[${suite}] skipped: ${reason}`)
  return reason !== null
}
