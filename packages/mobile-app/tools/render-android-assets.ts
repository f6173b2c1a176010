/**
 * Draws the Android launcher icons, the splash screens and the notification icon from the
 * brand mark the web app already ships (packages/web-app/public/favicon.svg), with sharp.
 * The PNGs are committed; run `npm run icons -w @yektayar/mobile-app` again after changing
 * the mark. Sizes are Android's density buckets (mdpi = 1×, 160 dpi).
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { brandOf } from './brand-mark.ts'

const RES = fileURLToPath(new URL('../android/app/src/main/res/', import.meta.url))
const FAVICON = fileURLToPath(new URL('../../web-app/public/favicon.svg', import.meta.url))
// The web app manifest's background_color: the splash shows what the first screen will.
const CANVAS = '#f6f8f7'

const DENSITIES = { mdpi: 1, hdpi: 1.5, xhdpi: 2, xxhdpi: 3, xxxhdpi: 4 } as const
// Capacitor's template sizes for portrait at each density; landscape swaps them.
const SPLASH_PORTRAIT = {
  mdpi: [320, 480],
  hdpi: [480, 800],
  xhdpi: [720, 1280],
  xxhdpi: [960, 1600],
  xxxhdpi: [1280, 1920],
} as const

async function write(svg: string, file: string, width: number, height = width) {
  const path = join(RES, file)
  mkdirSync(dirname(path), { recursive: true })
  await sharp(Buffer.from(svg), { density: 72 * 8 })
    .resize(width, height)
    .png({ compressionLevel: 9 })
    .toFile(path)
  console.log(`wrote res/${file} (${width}×${height})`)
}

async function main() {
  const brand = brandOf(readFileSync(FAVICON, 'utf8'))
  for (const [bucket, scale] of Object.entries(DENSITIES)) {
    // Legacy launchers (before Android 8) show these as they are: the rounded tile, and a disc.
    await write(brand.tile({ shape: 'rounded' }), `mipmap-${bucket}/ic_launcher.png`, 48 * scale)
    await write(
      brand.tile({ shape: 'round' }),
      `mipmap-${bucket}/ic_launcher_round.png`,
      48 * scale,
    )
    // Adaptive icons: 108 dp layers of which the launcher's mask keeps the central 66 dp.
    await write(
      brand.sprout({ scale: 0.55 }),
      `mipmap-${bucket}/ic_launcher_foreground.png`,
      108 * scale,
    )
    // Status bar icons are white on transparency; Android tints them.
    await write(brand.sprout({ scale: 1 }), `drawable-${bucket}/ic_stat_yektayar.png`, 24 * scale)
  }
  for (const [bucket, [width, height]] of Object.entries(SPLASH_PORTRAIT)) {
    await write(
      brand.splash(CANVAS, width, height),
      `drawable-port-${bucket}/splash.png`,
      width,
      height,
    )
    await write(
      brand.splash(CANVAS, height, width),
      `drawable-land-${bucket}/splash.png`,
      height,
      width,
    )
  }
  await write(brand.splash(CANVAS, 480, 320), 'drawable/splash.png', 480, 320)
}

await main()
