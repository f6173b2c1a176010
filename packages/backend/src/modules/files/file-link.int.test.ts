import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import type { FileLink, UploadedFile } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { photo, SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import { addDepartmentStaff, startDepartmentThread } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { sessionLinkSignature } from '../sessions/session-link.ts'

let t: TestApp
let dataDir: string
/** Every log line the app writes in this file, at info. */
const logLines: string[] = []
/** Every signature a test used, valid or not: none may appear in a log line. */
const signatures = new Set<string>()

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-file-links-'))
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  t = await createTestApp({ env: { DATA_DIR: dataDir, LOG_LEVEL: 'info' }, logStream })
})

afterAll(async () => {
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

async function linkOf(user: SignedInUser, fileId: string): Promise<FileLink> {
  const url = `/api/v1/files/${fileId}/link`
  const response = await t.app.inject({ method: 'POST', url, headers: user.headers })
  expect(response.statusCode).toBe(200)
  return response.json()
}

const signatureOf = (url: string) => new URL(url, 'http://x').searchParams.get('sig') ?? ''

/** A download without any session: the link alone. */
function fetchLink(url: string, headers: Record<string, string> = {}) {
  signatures.add(signatureOf(url))
  return t.app.inject({ method: 'GET', url, headers })
}

function expectMissing(response: { statusCode: number; json(): { code: string } }) {
  expect(response.statusCode).toBe(404)
  expect(response.json().code).toBe('NOT_FOUND')
}

describe('a signed link serves the file without a session', () => {
  let owner: SignedInUser
  let document: UploadedFile

  beforeAll(async () => {
    owner = await createSignedInUser(t, 'patient')
    document = await uploaded(t, owner, 'document', SMALL_PDF, { filename: 'letter.pdf' })
  })

  it('whole, and in byte ranges (206, 416), with headers that keep the link to itself', async () => {
    const link = await linkOf(owner, document.id)
    expect(link.url).toMatch(new RegExp(`^/api/v1/files/${document.id}\\?sig=[\\w.-]+$`))
    const lifetime = Date.parse(link.expiresAt) - Date.now()
    expect(lifetime).toBeGreaterThan(250_000)
    expect(lifetime).toBeLessThanOrEqual(300_000)

    const whole = await fetchLink(link.url)
    expect(whole.statusCode).toBe(200)
    expect(whole.rawPayload.equals(SMALL_PDF)).toBe(true)
    expect(whole.headers['referrer-policy']).toBe('no-referrer')
    expect(whole.headers['cache-control']).toBe('private, no-cache')
    // The Android app's pages (https://localhost) show it from the API's origin.
    expect(whole.headers['cross-origin-resource-policy']).toBe('cross-origin')
    expect(whole.headers['content-disposition']).toBe('attachment; filename=letter.pdf')

    const part = await fetchLink(link.url, { range: 'bytes=0-7' })
    expect(part.statusCode).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 0-7/${SMALL_PDF.length}`)
    expect(part.body).toBe('%PDF-1.4')
    const past = await fetchLink(link.url, { range: `bytes=${SMALL_PDF.length}-` })
    expect(past.statusCode).toBe(416)
    expect(past.json().code).toBe('RANGE_NOT_SATISFIABLE')
  })

  it('covers an image’s JPEG copy under the same signature', async () => {
    const picture = await uploaded(t, owner, 'document', await photo(64, 48))
    const link = await linkOf(owner, picture.id)
    expect(link.fallbackUrl).toBe(link.url.replace('?', '/fallback?'))
    const jpeg = await fetchLink(link.fallbackUrl ?? '')
    expect(jpeg.statusCode).toBe(200)
    expect(jpeg.headers['content-type']).toBe('image/jpeg')
  })

  it('is refused when expired, tampered with, or made for another person or file', async () => {
    const link = await linkOf(owner, document.id)
    const [userId, sessionId, expiresAt, mac] = signatureOf(link.url).split('.')
    const other = await createSignedInUser(t, 'patient')
    const theirs = await uploaded(t, other, 'document', SMALL_PDF)
    const mine = await uploaded(t, owner, 'document', SMALL_PDF)
    const secret = t.config.identity.authSecret
    const expired = sessionLinkSignature(secret, {
      resource: `file:${document.id}`,
      userId: owner.id,
      sessionId: owner.sessionId,
      expiresAt: Math.floor(Date.now() / 1000) - 1,
    })
    const flipped = `${mac?.slice(0, -2)}${mac?.endsWith('AA') ? 'BB' : 'AA'}`
    const refused = [
      `/api/v1/files/${document.id}?sig=${expired}`,
      `/api/v1/files/${document.id}?sig=${userId}.${sessionId}.${expiresAt}.${flipped}`,
      // A later expiry under the same MAC.
      `/api/v1/files/${document.id}?sig=${userId}.${sessionId}.${Number(expiresAt) + 3600}.${mac}`,
      // Someone else's name on my signature, and my signature on other files.
      `/api/v1/files/${document.id}?sig=${other.id}.${other.sessionId}.${expiresAt}.${mac}`,
      `/api/v1/files/${theirs.id}?sig=${signatureOf(link.url)}`,
      `/api/v1/files/${mine.id}?sig=${signatureOf(link.url)}`,
      `/api/v1/files/${document.id}?sig=not-a-signature`,
      `/api/v1/files/${document.id}?sig=`,
    ]
    for (const url of refused) expectMissing(await fetchLink(url))
    // A link beside the owner's own session is still judged as a link.
    expectMissing(await fetchLink(`/api/v1/files/${document.id}?sig=${expired}`, owner.headers))
  })

  it('makes no link for a file the person may not read, or without a session', async () => {
    const stranger = await createSignedInUser(t, 'patient')
    const url = `/api/v1/files/${document.id}/link`
    expectMissing(await t.app.inject({ method: 'POST', url, headers: stranger.headers }))
    expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(401)
  })

  it('ends with the session it was made in', async () => {
    const device = await createSignedInUser(t, 'patient')
    const file = await uploaded(t, device, 'document', SMALL_PDF)
    const link = await linkOf(device, file.id)
    expect((await fetchLink(link.url)).statusCode).toBe(200)
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: device.headers,
    })
    expect(out.statusCode).toBe(204)
    expectMissing(await fetchLink(link.url))
  })
})

describe('a link checks access again when used', () => {
  it('stops serving an attachment to a member removed from its thread', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const staff = await createSignedInUser(t, 'admin')
    const member = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'reception', staff.id)
    const { thread, message } = await startDepartmentThread(t, patient)
    const participants = `/api/v1/threads/${thread.id}/participants`
    const added = await t.app.inject({
      method: 'POST',
      url: participants,
      headers: staff.headers,
      payload: { userId: member.id },
    })
    expect(added.statusCode).toBe(204)
    const file = await uploaded(t, patient, 'attachment', await photo(64, 48))
    const attached = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/files/${file.id}/message`,
      headers: patient.headers,
      payload: { messageId: message.id },
    })
    expect(attached.statusCode).toBe(200)

    const link = await linkOf(member, file.id)
    expect((await fetchLink(link.url)).statusCode).toBe(200)
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${participants}/${member.id}`,
      headers: staff.headers,
    })
    expect(removed.statusCode).toBe(204)
    // The link has minutes left, and the access decision was kept a moment ago: still refused.
    expectMissing(await fetchLink(link.url))
    expectMissing(await fetchLink(link.fallbackUrl ?? ''))
    const patientLink = await linkOf(patient, file.id)
    expect((await fetchLink(patientLink.url)).statusCode).toBe(200)
  })
})

describe('logs', () => {
  it('never hold a link’s signature, while the requests themselves are logged', () => {
    const macs = [...signatures].map((signature) => signature.split('.').at(-1) ?? '')
    const meaningful = macs.filter((mac) => mac.length >= 20)
    expect(meaningful.length).toBeGreaterThan(5)
    const leaking = logLines.filter((line) => meaningful.some((mac) => line.includes(mac)))
    expect(leaking).toEqual([])
    const logged = logLines.filter((line) => line.includes('?sig=[redacted]'))
    expect(logged.length).toBeGreaterThanOrEqual(signatures.size)
  })
})
