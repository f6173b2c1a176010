// Renders the demo course's breathing-guide video once; the result is committed beside its
// captions (packages/backend/src/seed/media/). Needs ffmpeg with libx264 on the PATH; nothing
// in install, start or test runs this.
//
//   node packages/backend/scripts/render-breathing-video.mjs
//
// Box breathing, four counts a side: in, hold, out, hold, three rounds after a short settle.
// A circle grows and shrinks with the breath while a dot walks the edge of a square, one side
// per phase. The video has no words: the Persian and English cues are its WebVTT captions, so
// they are read by screen readers and can be translated without re-rendering.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const WIDTH = 640
const HEIGHT = 360
const FPS = 20
const SETTLE_SECONDS = 4
const PHASE_SECONDS = 4
const ROUNDS = 3
const CLOSE_SECONDS = 4
const TOTAL_SECONDS = SETTLE_SECONDS + ROUNDS * 4 * PHASE_SECONDS + CLOSE_SECONDS

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '../src/seed/media/breathing-guide.mp4')

const ease = (x) => 0.5 - Math.cos(Math.PI * x) / 2

/** Breath size 0 (empty) … 1 (full) and the dot's place on the square (0 … 4 sides) at `t`. */
function stateAt(t) {
  const inside = t - SETTLE_SECONDS
  if (inside < 0) return { breath: 0, side: 0, fade: Math.min(1, t / 1.5) }
  const cycle = 4 * PHASE_SECONDS
  if (inside >= ROUNDS * cycle) {
    const after = inside - ROUNDS * cycle
    return { breath: 0, side: 0, fade: Math.max(0, 1 - after / CLOSE_SECONDS) }
  }
  const inCycle = inside % cycle
  const phase = Math.floor(inCycle / PHASE_SECONDS)
  const x = (inCycle % PHASE_SECONDS) / PHASE_SECONDS
  const breath = [ease(x), 1, 1 - ease(x), 0][phase]
  return { breath, side: phase + x, fade: 1 }
}

/** The dot on a square centred at (cx, cy) with half-side h: side 0 climbs the left edge. */
function dotAt(side, cx, cy, h) {
  const corners = [
    [cx - h, cy + h],
    [cx - h, cy - h],
    [cx + h, cy - h],
    [cx + h, cy + h],
  ]
  const i = Math.floor(side) % 4
  const f = side - Math.floor(side)
  const [x0, y0] = corners[i]
  const [x1, y1] = corners[(i + 1) % 4]
  return [x0 + (x1 - x0) * f, y0 + (y1 - y0) * f]
}

function frameSvg(t) {
  const { breath, side, fade } = stateAt(t)
  const cx = WIDTH / 2
  const cy = HEIGHT / 2
  const h = 120
  const radius = 38 + 62 * breath
  const [dx, dy] = dotAt(side, cx, cy, h)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#0f3d3e"/><stop offset="1" stop-color="#1b5e5a"/>
    </linearGradient>
    <radialGradient id="breath" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#e8fff8" stop-opacity="0.95"/>
      <stop offset="1" stop-color="#7fd1b9" stop-opacity="0.55"/>
    </radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <g opacity="${fade.toFixed(3)}">
    <rect x="${cx - h}" y="${cy - h}" width="${2 * h}" height="${2 * h}" rx="18" fill="none"
      stroke="#a7e3d3" stroke-opacity="0.35" stroke-width="3"/>
    <circle cx="${cx}" cy="${cy}" r="100" fill="none" stroke="#a7e3d3" stroke-opacity="0.25"
      stroke-width="2" stroke-dasharray="4 8"/>
    <circle cx="${cx}" cy="${cy}" r="${radius.toFixed(2)}" fill="url(#breath)"/>
    <circle cx="${dx.toFixed(2)}" cy="${dy.toFixed(2)}" r="9" fill="#ffe8a3"/>
  </g>
</svg>`
}

async function render() {
  const ffmpeg = spawn(
    'ffmpeg',
    [
      '-y',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgba',
      '-s',
      `${WIDTH}x${HEIGHT}`,
      '-r',
      String(FPS),
      '-i',
      '-',
      '-c:v',
      'libx264',
      '-preset',
      'veryslow',
      '-crf',
      '30',
      '-pix_fmt',
      'yuv420p',
      '-movflags',
      '+faststart',
      out,
    ],
    { stdio: ['pipe', 'inherit', 'inherit'] },
  )
  const frames = TOTAL_SECONDS * FPS
  for (let i = 0; i < frames; i++) {
    const pixels = await sharp(Buffer.from(frameSvg(i / FPS)))
      .ensureAlpha()
      .raw()
      .toBuffer()
    if (!ffmpeg.stdin.write(pixels))
      await new Promise((resolve) => ffmpeg.stdin.once('drain', resolve))
  }
  ffmpeg.stdin.end()
  const code = await new Promise((resolve) => ffmpeg.on('close', resolve))
  if (code !== 0) throw new Error(`ffmpeg exited with ${code}`)
  process.stdout.write(`${out}: ${TOTAL_SECONDS} s at ${FPS} fps\n`)
}

await render()
