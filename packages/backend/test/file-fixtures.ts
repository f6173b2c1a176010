import { randomBytes, randomUUID } from 'node:crypto'
import { crc32, deflateSync } from 'node:zlib'
import type { UploadedFile } from '@yektayar/shared'
import sharp, { type Sharp, type SharpOptions } from 'sharp'
import type { SignedInUser } from './auth-fixtures.ts'
import type { TestApp } from './test-app.ts'

type Part =
  | { name: string; value: string }
  | { name: string; filename: string; contentType: string; data: Buffer }

/** A multipart/form-data body written by hand, so tests can send what no browser would. */
export function multipartBody(parts: Part[]) {
  const boundary = `----yy${randomUUID().replaceAll('-', '')}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    const head =
      'value' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType}\r\n\r\n`
    chunks.push(Buffer.from(head, 'utf8'), 'value' in part ? Buffer.from(part.value) : part.data)
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

export async function upload(
  t: TestApp,
  user: SignedInUser,
  purpose: string,
  data: Buffer,
  options: { filename?: string; contentType?: string } = {},
) {
  const body = multipartBody([
    { name: 'purpose', value: purpose },
    {
      name: 'file',
      filename: options.filename ?? 'photo.jpg',
      contentType: options.contentType ?? 'image/jpeg',
      data,
    },
  ])
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...user.headers, ...body.headers },
    payload: body.payload,
  })
}

/** Uploads and answers the file, failing the test on anything but 201. */
export async function uploaded(
  t: TestApp,
  user: SignedInUser,
  purpose: string,
  data: Buffer,
  options: { filename?: string; contentType?: string } = {},
): Promise<UploadedFile> {
  const response = await upload(t, user, purpose, data, options)
  if (response.statusCode !== 201)
    throw new Error(`upload: ${response.statusCode} ${response.body}`)
  return response.json()
}

export function photo(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer()
}

/**
 * A JPEG that costs what a camera picture costs to decode and encode: colour gradients under
 * per-pixel noise of `noise` levels (a flat colour would compress to almost nothing).
 */
export function noisyPhoto(width: number, height: number, noise: number): Sharp {
  const pixels = Buffer.alloc(width * height * 3)
  const grain = randomBytes(width * height)
  const clamp = (value: number) => Math.max(0, Math.min(255, value))
  let i = 0
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const n = ((grain[y * width + x] ?? 0) % noise) - noise / 2
      pixels[i++] = clamp((x * 255) / width + n)
      pixels[i++] = clamp((y * 255) / height + n)
      pixels[i++] = clamp(128 + 100 * Math.sin((x + y) / 300) + n)
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
}

/** A phone camera's photo: 4032×3024 (12 MP), about 3 MB of JPEG, EXIF with camera and GPS. */
export function phonePhoto(): Promise<Buffer> {
  return noisyPhoto(4032, 3024, 20)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'samsung', Model: 'SM-A546E' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 2/1' },
    })
    .toBuffer()
}

/** A JPEG whose EXIF carries a GPS position (Tehran), as phone cameras write it. */
export function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Copyright: 'someone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '35/1 41/1 2/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '51/1 25/1 3/1',
      },
    })
    .toBuffer()
}

export function png(width = 64, height = 64): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#00f8' } })
    .png()
    .toBuffer()
}

/** An animated GIF of two frames of different colours. */
export async function animatedGif(): Promise<Buffer> {
  const red = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#f00' } })
    .raw()
    .toBuffer()
  const blue = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#00f' } })
    .raw()
    .toBuffer()
  return sharp(Buffer.concat([red, blue]), {
    raw: { width: 32, height: 64, channels: 3, pageHeight: 32 },
  } as SharpOptions)
    .gif({ loop: 0, delay: [100, 100] })
    .toBuffer()
}

export const HTML_PAYLOAD = '<html><body><script>alert(document.cookie)</script></body></html>'

/**
 * A valid JPEG that is also an HTML page: the payload sits in a comment segment (browsers that
 * sniff find it) and again after the end-of-image marker.
 */
export async function jpegHtmlPolyglot(): Promise<Buffer> {
  const jpeg = await photo(64, 64)
  const comment = Buffer.from(HTML_PAYLOAD)
  const segment = Buffer.concat([
    Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]),
    comment,
  ])
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2), Buffer.from(HTML_PAYLOAD)])
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A few hundred bytes claiming 60,000 × 60,000 pixels: 3.6 gigapixels once decoded. */
export function decompressionBombPng(): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(60_000, 0)
  header.writeUInt32BE(60_000, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale, no interlace
  const rows = deflateSync(Buffer.alloc(60_001 * 16)) // a few rows of zeros; the rest implied
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** The first half of a photo with noise (so it is not all one colour): cut mid-scan. */
export async function truncatedJpeg(): Promise<Buffer> {
  const noise = randomBytes(256 * 256 * 3)
  const jpeg = await sharp(noise, { raw: { width: 256, height: 256, channels: 3 } })
    .jpeg()
    .toBuffer()
  return jpeg.subarray(0, Math.floor(jpeg.length / 2))
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
)

export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)
