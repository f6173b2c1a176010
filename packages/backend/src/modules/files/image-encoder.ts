import { availableParallelism } from 'node:os'
import sharp from 'sharp'
import { AppError } from '../../lib/app-error.ts'
import { concurrencyLimit } from '../../lib/concurrency-limit.ts'

/** 50 megapixels: any phone photo fits; a decompression bomb (huge dimensions) is refused. */
const MAX_INPUT_PIXELS = 50_000_000

// A large photo decodes to a few hundred MB of pixels: one encode per core at a time keeps a
// burst of uploads from multiplying that, and leaves libuv threads for the rest of the app.
const encodingSlot = concurrencyLimit(Math.max(1, availableParallelism()))

export interface EncodedImage {
  webp: Buffer
  jpeg: Buffer
  width: number
  height: number
}

/**
 * Re-encodes an uploaded image so that nothing of the original file survives but its pixels:
 * EXIF (GPS position, camera, time), comments and anything appended after the image data (a
 * JPEG/HTML polyglot) are gone. Oriented first (phones store rotation in EXIF), only the first
 * frame of an animation, shrunk to fit `maxSide`. sharp runs on libuv's thread pool, off the
 * event loop, reading the upload from disk. A WebP for everyone and a JPEG for the clients without WebP.
 */
export function encodeImage(input: string, maxSide: number): Promise<EncodedImage> {
  return encodingSlot(() => encode(input, maxSide))
}

async function encode(input: string, maxSide: number): Promise<EncodedImage> {
  try {
    // Two pipelines reading the received file rather than clone(): clone() structuredClones
    // its options on the event loop. libvips reads the file on its own threads.
    const pipeline = () =>
      sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', pages: 1 })
        .rotate()
        .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    const [webp, jpeg] = await Promise.all([
      pipeline().webp({ quality: 82 }).toBuffer({ resolveWithObject: true }),
      pipeline().flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true }).toBuffer(),
    ])
    return { webp: webp.data, jpeg, width: webp.info.width, height: webp.info.height }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/pixel limit/i.test(message)) throw new AppError('FILE_TOO_LARGE', 'image dimensions')
    throw new AppError('FILE_UNREADABLE', message)
  }
}
