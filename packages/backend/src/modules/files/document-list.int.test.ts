import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentFile, DocumentFilePage } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist } from '../../../test/care-fixtures.ts'
import { photo, SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import { createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

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

function get(url: string, user: SignedInUser) {
  return t.app.inject({ method: 'GET', url, headers: user.headers })
}

async function listOf(url: string, user: SignedInUser): Promise<DocumentFilePage> {
  const response = await get(url, user)
  expect(response.statusCode).toBe(200)
  return response.json()
}

function expectMissing(response: { statusCode: number; json(): { code: string } }) {
  expect(response.statusCode).toBe(404)
  expect(response.json().code).toBe('NOT_FOUND')
}

const auditRows = (userId: string, action: string) =>
  t.database.query<{ resource: string; resource_id: string; changes: unknown }>(
    'SELECT resource, resource_id, changes FROM audit_logs WHERE user_id = $1 AND action = $2 ORDER BY created_at',
    [userId, action],
  )

/** Back-dated a minute apart, so "newest first" does not hang on one clock tick. */
const ageBy = (file: { id: string }, minutes: number) =>
  t.database.query(
    'UPDATE files SET created_at = now() - make_interval(mins => $2) WHERE id = $1',
    [file.id, minutes],
  )

describe('my documents', () => {
  it('lists my ready documents newest first, page by page, and nobody else’s', async () => {
    const me = await createSignedInUser(t, 'patient')
    const other = await createSignedInUser(t, 'patient')
    const letter = await uploaded(t, me, 'document', SMALL_PDF, { filename: 'نامهٔ ارجاع.pdf' })
    const scan = await uploaded(t, me, 'document', await photo(400, 300))
    await ageBy(letter, 2)
    await ageBy(scan, 1)
    // Not documents, or not mine: never in my list.
    await uploaded(t, me, 'attachment', SMALL_PDF)
    await uploaded(t, other, 'document', SMALL_PDF)

    const all = await listOf('/api/v1/users/me/documents', me)
    expect(all.items.map((item) => item.id)).toEqual([scan.id, letter.id])
    expect(all.nextCursor).toBeNull()
    expect(all.items[1]).toEqual({
      id: letter.id,
      displayName: 'نامهٔ ارجاع.pdf',
      mime: 'application/pdf',
      size: SMALL_PDF.length,
      url: `/api/v1/files/${letter.id}`,
      fallbackUrl: null,
      createdAt: expect.any(String),
      appointment: null,
    })
    expect(all.items[0]?.mime).toBe('image/webp')
    expect(all.items[0]?.fallbackUrl).toBe(`/api/v1/files/${scan.id}/fallback`)

    const first = await listOf('/api/v1/users/me/documents?limit=1', me)
    expect(first.items.map((item) => item.id)).toEqual([scan.id])
    const cursor = encodeURIComponent(first.nextCursor ?? '')
    const second = await listOf(`/api/v1/users/me/documents?limit=1&cursor=${cursor}`, me)
    expect(second.items.map((item) => item.id)).toEqual([letter.id])
    expect(second.nextCursor).toBeNull()

    const strict = await get('/api/v1/users/me/documents?ownerId=x', me)
    expect(strict.statusCode).toBe(400)
  })
})

describe('a patient’s documents for their psychologist', () => {
  let patient: SignedInUser
  let treating: SignedInUser
  let alsoTreating: SignedInUser
  let document: DocumentFile

  beforeAll(async () => {
    patient = await createSignedInUser(t, 'patient')
    treating = await createPsychologist(t)
    alsoTreating = await createPsychologist(t)
    const session = await createConfirmedAppointment(t, patient.id, treating.id)
    await createConfirmedAppointment(t, patient.id, alsoTreating.id, 'completed')
    const file = await uploaded(t, patient, 'document', SMALL_PDF, { filename: 'result.pdf' })
    const linked = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/files/${file.id}/appointment`,
      headers: patient.headers,
      payload: { appointmentId: session },
    })
    expect(linked.statusCode).toBe(200)
    document = linked.json()
  })

  it('lists and opens them for a treating psychologist, and audits both', async () => {
    const url = `/api/v1/patients/${patient.id}/documents`
    const listed = await listOf(url, treating)
    expect(listed.items).toEqual([document])
    expect(await auditRows(treating.id, 'patient_documents.list')).toEqual([
      { resource: 'user', resource_id: patient.id, changes: { fileIds: [document.id] } },
    ])

    const opened = await get(document.url, treating)
    expect(opened.statusCode).toBe(200)
    expect(opened.rawPayload.equals(SMALL_PDF)).toBe(true)
    expect(await auditRows(treating.id, 'document.read')).toEqual([
      { resource: 'file', resource_id: document.id, changes: { ownerId: patient.id } },
    ])
    // The owner's own reads are not access to someone else's material.
    expect((await get(document.url, patient)).statusCode).toBe(200)
    expect(await auditRows(patient.id, 'document.read')).toEqual([])
  })

  it('shows another psychologist the document but not the session it was linked to', async () => {
    const listed = await listOf(`/api/v1/patients/${patient.id}/documents`, alsoTreating)
    expect(listed.items).toEqual([{ ...document, appointment: null }])
  })

  it('answers anyone without a confirmed session with the patient like a missing patient', async () => {
    const stranger = await createPsychologist(t)
    const onlyPending = await createPsychologist(t)
    await createConfirmedAppointment(t, patient.id, onlyPending.id, 'pending')
    const otherPatient = await createSignedInUser(t, 'patient')
    const url = `/api/v1/patients/${patient.id}/documents`
    for (const reader of [stranger, onlyPending, otherPatient, patient]) {
      expectMissing(await get(url, reader))
    }
    for (const reader of [stranger, onlyPending, otherPatient]) {
      expectMissing(await get(document.url, reader))
    }
    expectMissing(await get(`/api/v1/patients/${stranger.id}/documents`, treating))
    expect(await auditRows(stranger.id, 'patient_documents.list')).toEqual([])
  })
})
