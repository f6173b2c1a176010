import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentFile, DocumentFilePage, UploadedFile } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist } from '../../../test/care-fixtures.ts'
import { photo, SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import { createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { deleteMyDocument } from './document-change.service.ts'
import { fileDepsOf } from './file-deps.ts'
import { sweepUnusedFiles } from './file-sweep.ts'

let t: TestApp
let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-documents-'))
  t = await createTestApp({ env: { DATA_DIR: dataDir } })
})

afterAll(async () => {
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

const get = (url: string, user: SignedInUser) =>
  t.app.inject({ method: 'GET', url, headers: user.headers })

const link = (fileId: string, user: SignedInUser, payload: object) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/files/${fileId}/appointment`,
    headers: user.headers,
    payload,
  })

const remove = (fileId: string, user: SignedInUser) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/files/${fileId}`, headers: user.headers })

async function myDocuments(user: SignedInUser): Promise<DocumentFile[]> {
  const response = await get('/api/v1/users/me/documents', user)
  return (response.json() as DocumentFilePage).items
}

function expectCode(response: { statusCode: number; json(): { code: string } }, code: string) {
  expect([response.statusCode, response.json().code]).toEqual([
    { NOT_FOUND: 404, FILE_NOT_USABLE: 409, VALIDATION_FAILED: 400 }[code],
    code,
  ])
}

const rowOf = async (id: string) => {
  const [row] = await t.database.query<{
    status: string
    storage_key: string
    fallback_key: string | null
  }>('SELECT status, storage_key, fallback_key FROM files WHERE id = $1', [id])
  return row
}

describe('linking a document to a session', () => {
  let patient: SignedInUser
  let psychologist: SignedInUser
  let session: string
  let document: UploadedFile

  beforeAll(async () => {
    patient = await createSignedInUser(t, 'patient')
    psychologist = await createPsychologist(t)
    session = await createConfirmedAppointment(t, patient.id, psychologist.id)
    document = await uploaded(t, patient, 'document', SMALL_PDF)
  })

  it('links my document to my session, shows it in my list, and unlinks it', async () => {
    const [start] = await t.database.query<{ at: Date }>(
      'SELECT scheduled_at AS at FROM appointments WHERE id = $1',
      [session],
    )
    const linked = await link(document.id, patient, { appointmentId: session })
    expect(linked.statusCode).toBe(200)
    const appointment = { id: session, startsAt: new Date(start?.at ?? 0).toISOString() }
    expect(linked.json().appointment).toEqual(appointment)
    expect((await myDocuments(patient))[0]?.appointment).toEqual(appointment)

    const unlinked = await link(document.id, patient, { appointmentId: null })
    expect(unlinked.statusCode).toBe(200)
    expect(unlinked.json().appointment).toBeNull()
    expect((await myDocuments(patient))[0]?.appointment).toBeNull()
  })

  it('refuses another person’s session and a session I am not the patient of', async () => {
    const otherPatient = await createSignedInUser(t, 'patient')
    const theirs = await createConfirmedAppointment(t, otherPatient.id, psychologist.id)
    expectCode(await link(document.id, patient, { appointmentId: theirs }), 'NOT_FOUND')
    // A psychologist's own document, onto a session they give rather than attend.
    const ownDocument = await uploaded(t, psychologist, 'document', SMALL_PDF)
    expectCode(await link(ownDocument.id, psychologist, { appointmentId: session }), 'NOT_FOUND')
    expect((await myDocuments(patient))[0]?.appointment).toBeNull()
  })

  it('answers another person’s file like a missing one, and my other files as unusable', async () => {
    const otherPatient = await createSignedInUser(t, 'patient')
    const theirSession = await createConfirmedAppointment(t, otherPatient.id, psychologist.id)
    expectCode(await link(document.id, otherPatient, { appointmentId: theirSession }), 'NOT_FOUND')
    const attachment = await uploaded(t, patient, 'attachment', await photo(64, 64))
    expectCode(await link(attachment.id, patient, { appointmentId: session }), 'FILE_NOT_USABLE')
  })

  it('takes only the appointment id (strict body)', async () => {
    const extra = { appointmentId: session, ownerId: patient.id }
    expectCode(await link(document.id, patient, extra), 'VALIDATION_FAILED')
    expectCode(await link(document.id, patient, {}), 'VALIDATION_FAILED')
    expectCode(await link(document.id, patient, { appointmentId: 'x' }), 'VALIDATION_FAILED')
  })
})

describe('deleting a document', () => {
  it('removes its bytes and row; a second delete and a stranger’s get 404', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const stranger = await createSignedInUser(t, 'patient')
    const document = await uploaded(t, patient, 'document', await photo(300, 200))
    const keys = await rowOf(document.id)
    expectCode(await remove(document.id, stranger), 'NOT_FOUND')
    expect((await get(document.url, patient)).statusCode).toBe(200)

    expect((await remove(document.id, patient)).statusCode).toBe(204)
    expect(await rowOf(document.id)).toBeUndefined()
    // Removed in the request, not left for the sweep.
    const queued = await t.database.query(
      'SELECT 1 FROM file_removals WHERE storage_key IN ($1, $2)',
      [keys?.storage_key, keys?.fallback_key],
    )
    expect(queued).toHaveLength(0)
    const storage = fileDepsOf(t.app).storage
    for (const key of [keys?.storage_key, keys?.fallback_key]) {
      expect(await storage.get(key ?? '')).toBeUndefined()
    }
    expectCode(await get(document.url, patient), 'NOT_FOUND')
    expectCode(await remove(document.id, patient), 'NOT_FOUND')
    expect(await myDocuments(patient)).toEqual([])
  })

  it('deletes documents only', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const avatar = await uploaded(t, patient, 'avatar', await photo(64, 64))
    expectCode(await remove(avatar.id, patient), 'FILE_NOT_USABLE')
    expect((await get(avatar.url, patient)).statusCode).toBe(200)
  })

  it('is gone at once when storage fails, and the sweep removes its bytes later', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const psychologist = await createPsychologist(t)
    await createConfirmedAppointment(t, patient.id, psychologist.id)
    const document = await uploaded(t, patient, 'document', SMALL_PDF)
    const keys = await rowOf(document.id)
    const deps = fileDepsOf(t.app)
    const failing = {
      ...deps,
      storage: { ...deps.storage, delete: () => Promise.reject(new Error('storage down')) },
      log: { warn: () => undefined },
    }
    const auth = {
      userId: patient.id,
      userType: 'patient' as const,
      sessionId: patient.sessionId,
      permissions: new Set<string>(),
    }
    await deleteMyDocument(failing, auth, document.id)

    expect(await rowOf(document.id)).toBeUndefined()
    expectCode(await get(document.url, patient), 'NOT_FOUND')
    expectCode(await get(document.url, psychologist), 'NOT_FOUND')
    expectCode(await remove(document.id, patient), 'NOT_FOUND')
    const queued = () =>
      t.database.query('SELECT 1 FROM file_removals WHERE storage_key = $1', [keys?.storage_key])
    expect(await queued()).toHaveLength(1)
    expect(await deps.storage.get(keys?.storage_key ?? '')).toBeDefined()

    await sweepUnusedFiles(deps)
    expect(await queued()).toHaveLength(0)
    expect(await deps.storage.get(keys?.storage_key ?? '')).toBeUndefined()
  })
})
