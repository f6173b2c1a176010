import { accessSync, constants } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

const DEFAULT_PATH = '/usr/bin/chromium'

/**
 * Debian's Chromium is the only browser the tests use: Playwright never downloads its own.
 * These flags keep a headless run in a container quiet and self-contained (docs/ARCHITECTURE.md §7).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** CHROMIUM_PATH, else /usr/bin/chromium; null when neither is an executable file. */
export function findChromium(): string | null {
  const candidate = process.env.CHROMIUM_PATH || DEFAULT_PATH
  try {
    accessSync(candidate, constants.X_OK)
    return candidate
  } catch {
    return null
  }
}

export function noBrowserMessage(): string {
  const where = process.env.CHROMIUM_PATH || DEFAULT_PATH
  return `no browser found at ${where}: install Debian's chromium or set CHROMIUM_PATH`
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}
