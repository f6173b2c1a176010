import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { UploadedFile } from '@yektayar/shared'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist } from '../../../test/care-fixtures.ts'
import { photo, SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import {
  addDepartmentStaff,
  createConfirmedAppointment,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-files-'))
  t = await createTestApp({ env: { DATA_DIR: dataDir } })
})

afterAll(async () => {
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

function get(url: string, user?: SignedInUser, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url, headers: { ...user?.headers, ...headers } })
}

function put(url: string, user: SignedInUser, payload: object) {
  return t.app.inject({ method: 'PUT', url, headers: user.headers, payload })
}

function expectMissing(response: { statusCode: number; json(): { code: string } }) {
  expect(response.statusCode).toBe(404)
  expect(response.json().code).toBe('NOT_FOUND')
}

describe('attachments follow thread membership', () => {
  let patient: SignedInUser
  let staff: SignedInUser
  let member: SignedInUser
  let stranger: SignedInUser
  let threadId: string
  let messageId: string
  let file: UploadedFile

  beforeAll(async () => {
    patient = await createSignedInUser(t, 'patient')
    staff = await createSignedInUser(t, 'admin')
    member = await createSignedInUser(t, 'psychologist')
    stranger = await createSignedInUser(t, 'patient')
    await addDepartmentStaff(t, 'reception', staff.id)
    const started = await startDepartmentThread(t, patient)
    threadId = started.thread.id
    messageId = started.message.id
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${threadId}/participants`,
      headers: staff.headers,
      payload: { userId: member.id },
    })
    expect(added.statusCode).toBe(204)
    file = await uploaded(t, patient, 'attachment', SMALL_PDF, { filename: 'scan.pdf' })
    expectMissing(await get(file.url, member)) // not attached yet: the owner's alone
    const attached = await put(`/api/v1/files/${file.id}/message`, patient, {
      messageId: started.message.id,
    })
    expect(attached.statusCode).toBe(200)
  })

  it('is readable by the thread’s members and staff, as a download with safe headers', async () => {
    for (const reader of [patient, member, staff]) {
      const response = await get(file.url, reader)
      expect(response.statusCode).toBe(200)
      expect(response.rawPayload.equals(SMALL_PDF)).toBe(true)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
      expect(response.headers['content-disposition']).toBe('attachment; filename=scan.pdf')
      expect(response.headers['cache-control']).toBe('private, no-cache')
      // Shown by this origin only; the Android app uses signed links (file-link.int.test.ts).
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin')
    }
  })

  it('lists the message’s attachments for its readers only', async () => {
    const url = `/api/v1/files?messageId=${messageId}`
    const listed = await get(url, member)
    expect(listed.statusCode).toBe(200)
    expect(listed.json().items.map((item: UploadedFile) => item.id)).toEqual([file.id])
    expectMissing(await get(url, stranger))
  })

  it('answers a non-member like a missing file, and a guessed id the same way', async () => {
    expectMissing(await get(file.url, stranger))
    expectMissing(await get('/api/v1/files/0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87', stranger))
    expect((await get(file.url)).statusCode).toBe(401)
  })

  it('refuses attaching to a message of someone else, or twice', async () => {
    const mine = await uploaded(t, stranger, 'attachment', SMALL_PDF)
    const started = await startDepartmentThread(t, patient)
    const foreign = await put(`/api/v1/files/${mine.id}/message`, stranger, {
      messageId: started.message.id,
    })
    expectMissing(foreign)
    const twice = await put(`/api/v1/files/${file.id}/message`, patient, {
      messageId: started.message.id,
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().code).toBe('FILE_NOT_USABLE')
  })

  it('is no longer readable by a member once removed from the thread', async () => {
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/threads/${threadId}/participants/${member.id}`,
      headers: staff.headers,
    })
    expect(removed.statusCode).toBe(204)
    expectMissing(await get(file.url, member))
    expectMissing(await get(`/api/v1/files?messageId=${messageId}`, member))
    expect((await get(file.url, patient)).statusCode).toBe(200)
  })
})

describe('documents go to their owner and the owner’s treating psychologist', () => {
  it('keeps a patient’s document from other patients and from other psychologists', async () => {
    const owner = await createSignedInUser(t, 'patient')
    const otherPatient = await createSignedInUser(t, 'patient')
    const treating = await createPsychologist(t)
    const unrelated = await createPsychologist(t)
    await createConfirmedAppointment(t, owner.id, treating.id)
    const document = await uploaded(t, owner, 'document', SMALL_PDF, { filename: 'report.pdf' })
    // While a file is still pending (being processed), only its owner may read it. (Set in the
    // database before anyone reads it: no service takes a ready file back to pending, so none
    // drops a kept decision for that.)
    await t.database.query("UPDATE files SET status = 'pending' WHERE id = $1", [document.id])
    expect((await get(document.url, owner)).statusCode).toBe(200)
    expectMissing(await get(document.url, treating))
    await t.database.query("UPDATE files SET status = 'ready' WHERE id = $1", [document.id])
    expect((await get(document.url, owner)).statusCode).toBe(200)
    expect((await get(document.url, treating)).statusCode).toBe(200)
    expectMissing(await get(document.url, otherPatient))
    expectMissing(await get(document.url, unrelated))
  })
})

describe('byte ranges', () => {
  let owner: SignedInUser
  let file: UploadedFile

  beforeAll(async () => {
    owner = await createSignedInUser(t, 'patient')
    file = await uploaded(t, owner, 'document', SMALL_PDF)
  })

  it('answers 206 with Content-Range for a range inside the file', async () => {
    const response = await get(file.url, owner, { range: 'bytes=0-7' })
    expect(response.statusCode).toBe(206)
    expect(response.headers['content-range']).toBe(`bytes 0-7/${SMALL_PDF.length}`)
    expect(response.body).toBe('%PDF-1.4')
    const tail = await get(file.url, owner, { range: 'bytes=-6' })
    expect(tail.statusCode).toBe(206)
    expect(tail.body).toBe('%%EOF\n')
  })

  it('answers 416 for a range past the end', async () => {
    const response = await get(file.url, owner, { range: `bytes=${SMALL_PDF.length}-` })
    expect(response.statusCode).toBe(416)
    expect(response.headers['content-range']).toBe(`bytes */${SMALL_PDF.length}`)
    expect(response.json().code).toBe('RANGE_NOT_SATISFIABLE')
  })

  it('ignores a malformed range and sends the whole file (200)', async () => {
    for (const range of ['bytes=abc', 'bytes=9-3', 'lines=1-2', 'bytes=0-1,4-5']) {
      const response = await get(file.url, owner, { range })
      expect(response.statusCode).toBe(200)
      expect(response.rawPayload.equals(SMALL_PDF)).toBe(true)
    }
  })
})

describe('avatars and psychologist photos', () => {
  it('serves my avatar publicly under a content-hashed, immutable URL once set', async () => {
    const me = await createSignedInUser(t, 'patient')
    const file = await uploaded(t, me, 'avatar', await photo(800, 800))
    const publicUrl = file.publicUrl ?? ''
    expect(publicUrl).toMatch(/^\/api\/v1\/files\/public\/[0-9a-f-]{36}\/[0-9a-f]{16}\.webp$/)
    expectMissing(await get(publicUrl)) // not in use yet
    const set = await put('/api/v1/users/me/avatar', me, { fileId: file.id })
    expect(set.statusCode).toBe(200)
    expect(set.json()).toEqual({ url: publicUrl })
    const served = await get(publicUrl)
    expect(served.statusCode).toBe(200)
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(served.headers['content-type']).toBe('image/webp')
    expect(served.headers['content-disposition']).toMatch(/^inline/)
    // Anyone's to show, in the Android app's pages (another origin) too.
    expect(served.headers['cross-origin-resource-policy']).toBe('cross-origin')
    const jpeg = await get(publicUrl.replace(/\.webp$/, '.jpg'))
    expect(jpeg.headers['content-type']).toBe('image/jpeg')
    expectMissing(await get(publicUrl.replace(/\/[0-9a-f]{16}\./, '/0000000000000000.')))
    const profile = await get('/api/v1/users/me', me)
    expect(profile.json().profile.avatarUrl).toBe(publicUrl)
  })

  it('takes a 3 MB phone photo (past the 1 MiB JSON body limit) down to 512 px', async () => {
    const me = await createSignedInUser(t, 'patient')
    const noise = randomBytes(2000 * 1500 * 3)
    const big = await sharp(noise, { raw: { width: 2000, height: 1500, channels: 3 } })
      .jpeg({ quality: 95 })
      .toBuffer()
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024)
    const file = await uploaded(t, me, 'avatar', big)
    expect([file.width, file.height]).toEqual([512, 384])
    expect(file.size).toBeLessThan(big.length / 4)
  })

  it('refuses someone else’s file, a file of another purpose, and a patient’s photo', async () => {
    const me = await createSignedInUser(t, 'patient')
    const other = await createSignedInUser(t, 'patient')
    const theirs = await uploaded(t, other, 'avatar', await photo(64, 64))
    const attachment = await uploaded(t, me, 'attachment', await photo(64, 64))
    for (const fileId of [theirs.id, attachment.id]) {
      const response = await put('/api/v1/users/me/avatar', me, { fileId })
      expect(response.statusCode).toBe(409)
      expect(response.json().code).toBe('FILE_NOT_USABLE')
    }
    const strict = await put('/api/v1/users/me/avatar', me, { fileId: theirs.id, userId: me.id })
    expect(strict.statusCode).toBe(400)
    const photoByPatient = await put('/api/v1/professionals/me/photo', me, { fileId: theirs.id })
    expect(photoByPatient.statusCode).toBe(403)
  })

  it('sets a psychologist’s directory photo', async () => {
    const psychologist = await createPsychologist(t)
    const file = await uploaded(t, psychologist, 'psychologist_photo', await photo(2000, 1500))
    expect([file.width, file.height]).toEqual([1024, 768])
    const set = await put('/api/v1/professionals/me/photo', psychologist, { fileId: file.id })
    expect(set.statusCode).toBe(200)
    const profile = await get(`/api/v1/professionals/${psychologist.id}`)
    expect(profile.json().photoUrl).toBe(file.publicUrl)
    expect((await get(file.publicUrl ?? '')).statusCode).toBe(200)
  })
})
