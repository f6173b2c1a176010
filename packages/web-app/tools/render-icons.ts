/**
 * Renders the PWA icons in public/icons/ from the brand mark with the system Chromium, so no
 * image library (sharp and its native binaries) joins the build. The PNGs are committed; run
 * `node --import tsx packages/web-app/tools/render-icons.ts` again after changing the mark.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const OUT_DIR = fileURLToPath(new URL('../public/icons/', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const PRIMARY = '#0e6b62'
const SPROUT =
  'M16 25v-8.5M16 16.5c0-5 3.6-8.5 8.5-8.5 0 5-3.6 8.5-8.5 8.5ZM16 16.5c0-3.8-3-6.8-7-6.8 0 3.8 3 6.8 7 6.8Z'

interface IconSpec {
  file: string
  size: number
  /** Rounded tile on transparency (`any`), or full-bleed for launchers that mask it. */
  fullBleed: boolean
  /** How much of the tile the sprout fills; maskable icons keep it in the central safe zone. */
  scale: number
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, fullBleed: false, scale: 1 },
  { file: 'icon-512.png', size: 512, fullBleed: false, scale: 1 },
  { file: 'maskable-192.png', size: 192, fullBleed: true, scale: 0.7 },
  { file: 'maskable-512.png', size: 512, fullBleed: true, scale: 0.7 },
  { file: 'apple-touch-icon-180.png', size: 180, fullBleed: true, scale: 0.85 },
]

function svgFor({ size, fullBleed, scale }: IconSpec): string {
  const tile = fullBleed
    ? `<rect width="32" height="32" fill="${PRIMARY}"/>`
    : `<rect width="32" height="32" rx="9" fill="${PRIMARY}"/>`
  // The sprout's own centre is about (16.6, 16.5); scale about it.
  const transform = `translate(16.6 16.5) scale(${scale}) translate(-16.6 -16.5)`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${tile}<path transform="${transform}" d="${SPROUT}" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    for (const icon of ICONS) {
      await page.setViewportSize({ width: icon.size, height: icon.size })
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svgFor(icon)}</body></html>`,
      )
      await page.screenshot({
        path: `${OUT_DIR}${icon.file}`,
        omitBackground: true,
        clip: { x: 0, y: 0, width: icon.size, height: icon.size },
      })
      console.log(`wrote public/icons/${icon.file}`)
    }
  } finally {
    await browser.close()
  }
}

await main()
