import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { DESKTOP, MOBILE } from './browser-suite.ts'

/** Screenshots and reports of a run; git-ignored, kept by CI as artifacts. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url))

export function writeArtifact(name: string, content: string | Buffer): string {
  const path = `${ARTIFACTS_DIR}${name}`
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true })
  writeFileSync(path, content)
  return path
}

/**
 * The page as a phone (390×844) and a laptop (1280×800) show it, whole-page, to
 * screenshots/<name>-<width>x<height>.png. Fonts are awaited so text is never a fallback face.
 */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  await screenshotSizes(page, name, [MOBILE, DESKTOP])
}

/** The admin panel's sizes: a tablet held upright (820×1180) and a laptop. */
export const TABLET = { width: 820, height: 1180 }

/** Whole-page screenshots at each size, as screenshotBothSizes; ends at the first size. */
export async function screenshotSizes(
  page: Page,
  name: string,
  sizes: { width: number; height: number }[],
): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const file = `screenshots/${name}-${size.width}x${size.height}.png`
    writeArtifact(file, await page.screenshot({ fullPage: true, animations: 'disabled' }))
  }
  await page.setViewportSize(sizes[0] ?? MOBILE)
}
