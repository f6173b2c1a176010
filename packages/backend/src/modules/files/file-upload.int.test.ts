import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  animatedGif,
  decompressionBombPng,
  HTML_PAYLOAD,
  jpegHtmlPolyglot,
  multipartBody,
  photo,
  photoWithGps,
  png,
  SMALL_PDF,
  SVG_WITH_SCRIPT,
  truncatedJpeg,
  upload,
  uploaded,
} from '../../../test/file-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let dataDir: string
let patient: SignedInUser

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-files-'))
  t = await createTestApp({
    env: { DATA_DIR: dataDir, FILE_IMAGE_MAX_MB: '1', FILE_DOCUMENT_MAX_MB: '2' },
  })
  patient = await createSignedInUser(t, 'patient')
})

afterAll(async () => {
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

async function download(user: SignedInUser, url: string) {
  return t.app.inject({ method: 'GET', url, headers: user.headers })
}

describe('uploads are judged by content', () => {
  it('re-encodes a photo to WebP and a JPEG copy, within the purpose bounds', async () => {
    const file = await uploaded(t, patient, 'avatar', await photo(1600, 1200))
    expect(file).toMatchObject({ purpose: 'avatar', status: 'ready', mime: 'image/webp' })
    expect([file.width, file.height]).toEqual([512, 384])
    const webp = await download(patient, file.url)
    expect(webp.statusCode).toBe(200)
    expect(webp.headers['content-type']).toBe('image/webp')
    expect((await sharp(webp.rawPayload).metadata()).format).toBe('webp')
    const jpeg = await download(patient, file.fallbackUrl ?? '')
    expect(jpeg.headers['content-type']).toBe('image/jpeg')
    expect((await sharp(jpeg.rawPayload).metadata()).format).toBe('jpeg')
  })

  it('strips EXIF, GPS position included', async () => {
    const original = await photoWithGps()
    // The fixture really carries a GPS IFD pointer (tag 0x8825, little-endian).
    expect((await sharp(original).metadata()).exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true)
    const file = await uploaded(t, patient, 'attachment', original)
    for (const url of [file.url, file.fallbackUrl ?? '']) {
      const bytes = (await download(patient, url)).rawPayload
      expect((await sharp(bytes).metadata()).exif).toBeUndefined()
      expect(bytes.includes(Buffer.from('Exif'))).toBe(false)
      expect(bytes.includes(Buffer.from('TestPhone'))).toBe(false)
    }
  })

  it('keeps only the first frame of an animated GIF', async () => {
    const file = await uploaded(t, patient, 'attachment', await animatedGif(), {
      filename: 'anim.gif',
      contentType: 'image/gif',
    })
    const stored = await sharp((await download(patient, file.url)).rawPayload).metadata()
    expect(stored.pages ?? 1).toBe(1)
    expect([file.width, file.height]).toEqual([32, 32])
  })

  it('accepts PNG and a PDF attachment, kept as it came and served as a download', async () => {
    expect((await uploaded(t, patient, 'avatar', await png(), { filename: 'a.png' })).mime).toBe(
      'image/webp',
    )
    const pdf = await uploaded(t, patient, 'attachment', SMALL_PDF, {
      filename: 'نتیجه آزمایش.pdf',
      contentType: 'application/pdf',
    })
    expect(pdf).toMatchObject({ mime: 'application/pdf', fallbackUrl: null, width: null })
    const response = await download(patient, pdf.url)
    expect(response.rawPayload.equals(SMALL_PDF)).toBe(true)
    expect(response.headers['content-disposition']).toMatch(/^attachment; /)
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('نتیجه آزمایش.pdf')}`,
    )
  })
})

describe('bad files and attacks', () => {
  it('refuses an SVG with script (415), whatever it is called', async () => {
    const response = await upload(t, patient, 'avatar', SVG_WITH_SCRIPT, {
      filename: 'face.png',
      contentType: 'image/png',
    })
    expect(response.statusCode).toBe(415)
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(response.json().code).toBe('FILE_TYPE_NOT_ALLOWED')
  })

  it('refuses HTML renamed .png (415)', async () => {
    const response = await upload(t, patient, 'attachment', Buffer.from(HTML_PAYLOAD), {
      filename: 'cute-cat.png',
      contentType: 'image/png',
    })
    expect(response.statusCode).toBe(415)
    expect(response.json().code).toBe('FILE_TYPE_NOT_ALLOWED')
  })

  it('re-encodes a JPEG/HTML polyglot so that none of the HTML survives', async () => {
    const polyglot = await jpegHtmlPolyglot()
    expect(polyglot.includes(Buffer.from('<script>'))).toBe(true)
    const file = await uploaded(t, patient, 'attachment', polyglot)
    for (const url of [file.url, file.fallbackUrl ?? '']) {
      const response = await download(patient, url)
      expect(response.statusCode).toBe(200)
      expect(response.rawPayload.includes(Buffer.from('<script>'))).toBe(false)
      expect(response.rawPayload.includes(Buffer.from('<html>'))).toBe(false)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('refuses a decompression bomb (huge dimensions in a tiny file) before decoding it', async () => {
    const bomb = decompressionBombPng()
    expect(bomb.length).toBeLessThan(5000)
    const response = await upload(t, patient, 'avatar', bomb, { filename: 'bomb.png' })
    expect(response.statusCode).toBe(413)
    expect(response.json().code).toBe('FILE_TOO_LARGE')
  })

  it('refuses a truncated image (400)', async () => {
    const response = await upload(t, patient, 'attachment', await truncatedJpeg())
    expect(response.statusCode).toBe(400)
    expect(response.json().code).toBe('FILE_UNREADABLE')
  })

  it('refuses a file over the cap of its kind (413)', async () => {
    const noise = Buffer.alloc(1024 * 1024 + 10, 1)
    const jpegHeaded = Buffer.concat([await photo(16, 16), noise])
    const image = await upload(t, patient, 'avatar', jpegHeaded)
    expect(image.statusCode).toBe(413)
    expect(image.json().code).toBe('FILE_TOO_LARGE')
    const pdf = Buffer.concat([SMALL_PDF, Buffer.alloc(2 * 1024 * 1024, 32)])
    const document = await upload(t, patient, 'document', pdf, { filename: 'big.pdf' })
    expect(document.statusCode).toBe(413)
  })

  it('refuses a PDF where only images are allowed (415)', async () => {
    const response = await upload(t, patient, 'avatar', SMALL_PDF, {
      filename: 'face.jpg',
      contentType: 'image/jpeg',
    })
    expect(response.statusCode).toBe(415)
    expect(response.json().code).toBe('FILE_TYPE_NOT_ALLOWED')
  })

  it('keeps names for display only, without ../, NUL, bidi overrides, and cut to length', async () => {
    const jpeg = await photo(32, 32)
    const names: [string, (name: string) => void][] = [
      ['../../../etc/passwd.jpg', (name) => expect(name).toBe('passwd.jpg')],
      ['a\u0000b.jpg', (name) => expect(name).toBe('ab.jpg')],
      ['invoice\u202Egpj.exe', (name) => expect(name).toBe('invoicegpj.exe')],
      [`${'ع'.repeat(300)}.jpg`, (name) => expect([...name].length).toBe(120)],
    ]
    for (const [filename, check] of names) {
      const file = await uploaded(t, patient, 'attachment', jpeg, { filename })
      check(file.displayName)
      const response = await download(patient, file.url)
      const header = String(response.headers['content-disposition'])
      for (const unwanted of ['\u0000', '\u202e', '/']) expect(header).not.toContain(unwanted)
    }
  })

  it('receives to disk and leaves nothing behind, stored, refused, too large or cut off', async () => {
    const receiving = join(dataDir, 'tmp', 'uploads')
    const pdf = await uploaded(t, patient, 'document', SMALL_PDF, { filename: 'report.pdf' })
    expect((await download(patient, pdf.url)).rawPayload.equals(SMALL_PDF)).toBe(true)
    await uploaded(t, patient, 'avatar', await photo(64, 64))
    expect((await upload(t, patient, 'avatar', Buffer.from(HTML_PAYLOAD))).statusCode).toBe(415)
    expect((await upload(t, patient, 'avatar', await truncatedJpeg())).statusCode).toBe(400)
    const big = Buffer.concat([await photo(16, 16), Buffer.alloc(1024 * 1024 + 10, 1)])
    expect((await upload(t, patient, 'avatar', big)).statusCode).toBe(413)
    const body = multipartBody([
      { name: 'purpose', value: 'document' },
      { name: 'file', filename: 'a.pdf', contentType: 'application/pdf', data: SMALL_PDF },
    ])
    const cut = body.payload.subarray(0, body.payload.length - 40)
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...patient.headers, ...body.headers },
      payload: cut,
    })
    expect(response.statusCode).toBe(400)
    expect(await readdir(receiving)).toEqual([])
  })

  it('refuses a body of 2,000 parts, stopping at the parts limit', async () => {
    const parts = Array.from({ length: 2000 }, (_, i) => ({ name: `f${i}`, value: 'x' }))
    const body = multipartBody(parts)
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...patient.headers, ...body.headers },
      payload: body.payload,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().code).toBe('UPLOAD_MALFORMED')
  })

  it('refuses a form without a file, an unknown purpose, an extra field, purpose after the file, or two files', async () => {
    const jpeg = await photo(16, 16)
    const file = { name: 'file', filename: 'a.jpg', contentType: 'image/jpeg', data: jpeg }
    const forms = [
      [{ name: 'purpose', value: 'avatar' }],
      [{ name: 'purpose', value: 'anything' }, file],
      [{ name: 'purpose', value: 'avatar' }, { name: 'userId', value: patient.id }, file],
      [file, { name: 'purpose', value: 'avatar' }],
      [{ name: 'purpose', value: 'avatar' }, file, file],
    ]
    for (const parts of forms) {
      const body = multipartBody(parts)
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/files',
        headers: { ...patient.headers, ...body.headers },
        payload: body.payload,
      })
      expect(response.statusCode).toBe(400)
      expect(response.json().code).toBe('UPLOAD_MALFORMED')
    }
  })

  it('refuses a JSON body and an anonymous upload', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: patient.headers,
      payload: { purpose: 'avatar' },
    })
    expect(json.statusCode).toBe(400)
    const body = multipartBody([{ name: 'purpose', value: 'avatar' }])
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: body.headers,
      payload: body.payload,
    })
    expect(anonymous.statusCode).toBe(401)
  })

  it('lets only psychologists upload a directory photo', async () => {
    const response = await upload(t, patient, 'psychologist_photo', await photo(32, 32))
    expect(response.statusCode).toBe(403)
  })
})

describe('quota and rate limit', () => {
  it('refuses an upload past the per-purpose quota (409)', async () => {
    const small = await createTestApp({
      env: { DATA_DIR: dataDir, FILE_QUOTA_MB_PER_PURPOSE: '1' },
      database: t.database,
    })
    try {
      const user = await createSignedInUser(small, 'patient')
      const big = Buffer.concat([SMALL_PDF, Buffer.alloc(700 * 1024, 32)])
      await uploaded(small, user, 'document', big, { filename: 'a.pdf' })
      const second = await upload(small, user, 'document', big, { filename: 'b.pdf' })
      expect(second.statusCode).toBe(409)
      expect(second.json().code).toBe('FILE_QUOTA_EXCEEDED')
      // Another purpose has a quota of its own.
      await uploaded(small, user, 'attachment', big, { filename: 'c.pdf' })
    } finally {
      await small.app.close()
    }
  })

  it('follows the quota an admin sets, from the next upload, without a restart', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const setQuota = (value: number) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/admin/config/files.quotaMbPerPurpose',
        headers: admin.headers,
        payload: { value },
      })
    const user = await createSignedInUser(t, 'patient')
    const big = Buffer.concat([SMALL_PDF, Buffer.alloc(700 * 1024, 32)])
    try {
      await uploaded(t, user, 'document', big, { filename: 'a.pdf' })
      expect((await setQuota(1)).statusCode).toBe(200)
      const refused = await upload(t, user, 'document', big, { filename: 'b.pdf' })
      expect([refused.statusCode, refused.json().code]).toEqual([409, 'FILE_QUOTA_EXCEEDED'])
      expect((await setQuota(2)).statusCode).toBe(200)
      await uploaded(t, user, 'document', big, { filename: 'b.pdf' })
    } finally {
      await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/admin/config/files.quotaMbPerPurpose',
        headers: admin.headers,
      })
    }
  })

  it('limits uploads per person (429)', async () => {
    const limited = await createTestApp({
      env: { DATA_DIR: dataDir, FILE_UPLOADS_PER_HOUR: '2' },
      database: t.database,
    })
    try {
      const user = await createSignedInUser(limited, 'patient')
      const other = await createSignedInUser(limited, 'patient')
      const jpeg = await photo(16, 16)
      await uploaded(limited, user, 'attachment', jpeg)
      await uploaded(limited, user, 'attachment', jpeg)
      const third = await upload(limited, user, 'attachment', jpeg)
      expect(third.statusCode).toBe(429)
      expect(third.json().code).toBe('RATE_LIMITED')
      await uploaded(limited, other, 'attachment', jpeg)
    } finally {
      await limited.app.close()
    }
  })
})
