import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { UploadedFile } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist } from '../../../test/care-fixtures.ts'
import { SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import {
  addDepartmentStaff,
  createConfirmedAppointment,
  postMessage,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { fileDepsOf } from './file-deps.ts'

/**
 * Kept download decisions (file-access-cache.ts), kept for a minute here: a refusal right after
 * a change can only come from the change dropping what was kept, never from its time running out.
 */
let t: TestApp
let dataDir: string
let admin: SignedInUser

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-file-access-cache-'))
  t = await createTestApp({ env: { DATA_DIR: dataDir, FILE_ACCESS_CACHE_SECONDS: '60' } })
  admin = await createSignedInUser(t, 'admin')
})

afterAll(async () => {
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

const get = (url: string, user: SignedInUser) =>
  t.app.inject({ method: 'GET', url, headers: user.headers })

const send = (method: 'PUT' | 'DELETE', url: string, user: SignedInUser) =>
  t.app.inject({ method, url, headers: user.headers })

function expectMissing(response: { statusCode: number; json(): { code: string } }) {
  expect(response.statusCode).toBe(404)
  expect(response.json().code).toBe('NOT_FOUND')
}

/** A patient's department thread in `reception` with a PDF attached to its first message. */
async function attachmentInThread() {
  const patient = await createSignedInUser(t, 'patient')
  const started = await startDepartmentThread(t, patient)
  const file = await uploaded(t, patient, 'attachment', SMALL_PDF, { filename: 'scan.pdf' })
  const attached = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/files/${file.id}/message`,
    headers: patient.headers,
    payload: { messageId: started.message.id },
  })
  expect(attached.statusCode).toBe(200)
  return { patient, threadId: started.thread.id, file }
}

async function addMember(threadId: string, staff: SignedInUser) {
  const member = await createPsychologist(t)
  const added = await t.app.inject({
    method: 'POST',
    url: `/api/v1/threads/${threadId}/participants`,
    headers: staff.headers,
    payload: { userId: member.id },
  })
  expect(added.statusCode).toBe(204)
  return member
}

describe('a kept download decision', () => {
  it('is reused without the database (a change behind the services’ back goes unseen)', async () => {
    const { threadId, file } = await attachmentInThread()
    const member = await addMember(threadId, admin)
    expect((await get(file.url, member)).statusCode).toBe(200)
    await t.database.query(
      'DELETE FROM thread_participants WHERE thread_id = $1 AND user_id = $2',
      [threadId, member.id],
    )
    // Only a cache answers this: the row that allowed it is gone.
    expect((await get(file.url, member)).statusCode).toBe(200)
  })

  it('ends for a member removed from the thread on the very next request', async () => {
    const { patient, threadId, file } = await attachmentInThread()
    const member = await addMember(threadId, admin)
    expect((await get(file.url, member)).statusCode).toBe(200)
    const removed = await send(
      'DELETE',
      `/api/v1/threads/${threadId}/participants/${member.id}`,
      admin,
    )
    expect(removed.statusCode).toBe(204)
    expectMissing(await get(file.url, member))
    expect((await get(file.url, patient)).statusCode).toBe(200)
  })

  it('ends for staff removed from the department, whose thread list drops its threads at once', async () => {
    const { threadId, file } = await attachmentInThread()
    const answering = await createPsychologist(t)
    const reading = await createPsychologist(t)
    for (const staff of [answering, reading]) await addDepartmentStaff(t, 'reception', staff.id)
    expect((await postMessage(t, answering, threadId, 'سلام، در خدمتم')).statusCode).toBe(201)
    const listed = async (user: SignedInUser) =>
      ((await get('/api/v1/threads', user)).json().items as { id: string }[]).map((i) => i.id)
    expect(await listed(answering)).toContain(threadId)
    for (const staff of [answering, reading]) {
      expect((await get(file.url, staff)).statusCode).toBe(200)
      const url = `/api/v1/departments/reception/staff/${staff.id}`
      expect((await send('DELETE', url, admin)).statusCode).toBe(204)
      expectMissing(await get(file.url, staff))
    }
    expect(await listed(answering)).not.toContain(threadId)
    expectMissing(await get(`/api/v1/threads/${threadId}`, answering))
  })

  it('ends when the permission it rested on is revoked', async () => {
    const { file } = await attachmentInThread()
    // Not on the department's staff: threads.manage alone opens every department thread.
    const manager = await createPsychologist(t)
    const url = `/api/v1/rbac/users/${manager.id}/permissions/threads.manage`
    expectMissing(await get(file.url, manager))
    expect((await send('PUT', url, admin)).statusCode).toBe(204)
    expect((await get(file.url, manager)).statusCode).toBe(200)
    expect((await send('DELETE', url, admin)).statusCode).toBe(204)
    expectMissing(await get(file.url, manager))
  })

  it('is never reached by a deactivated account (its session ends first)', async () => {
    const { threadId, file } = await attachmentInThread()
    const member = await addMember(threadId, admin)
    expect((await get(file.url, member)).statusCode).toBe(200)
    const url = `/api/v1/users/${member.id}/deactivate`
    const payload = { reason: 'Test deactivation' }
    const off = await t.app.inject({ method: 'POST', url, headers: admin.headers, payload })
    expect(off.json().isActive).toBe(false)
    expect((await get(file.url, member)).statusCode).toBe(401)
  })

  it('ends with a deleted file, before its bytes are looked for', async () => {
    const owner = await createSignedInUser(t, 'patient')
    const document = await uploaded(t, owner, 'document', SMALL_PDF)
    expect((await get(document.url, owner)).statusCode).toBe(200)
    const warn = vi.spyOn(fileDepsOf(t.app).log, 'warn')
    try {
      expect((await send('DELETE', document.url, owner)).statusCode).toBe(204)
      expectMissing(await get(document.url, owner))
      // Answered from the missing row, not from a kept row whose bytes were gone.
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  })

  it('never spares a psychologist’s document read its audit row', async () => {
    const owner = await createSignedInUser(t, 'patient')
    const treating = await createPsychologist(t)
    await createConfirmedAppointment(t, owner.id, treating.id)
    const document: UploadedFile = await uploaded(t, owner, 'document', SMALL_PDF)
    for (let read = 0; read < 3; read++) {
      expect((await get(document.url, treating)).statusCode).toBe(200)
      expect((await get(document.url, owner)).statusCode).toBe(200)
    }
    const rows = await t.database.query<{ user_id: string }>(
      "SELECT user_id FROM audit_logs WHERE action = 'document.read' AND resource_id = $1",
      [document.id],
    )
    expect(rows.map((row) => row.user_id)).toEqual([treating.id, treating.id, treating.id])
  })
})
