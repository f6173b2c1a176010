import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppointmentView, ThreadDetails, ThreadSummary } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { photo, uploaded } from '../../../test/file-fixtures.ts'
import { createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/** The avatar is a server rule: a discreet patient's address never reaches anyone else. */
describe('avatars of others, and discreet mode', () => {
  let t: TestApp
  let dataDir: string
  let patient: SignedInUser
  let psychologist: SignedInUser
  let threadId: string
  let avatarUrl: string

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'yy-avatar-'))
    // The thread list's cache stays on (a minute here): turning discreet mode on must drop it.
    t = await createTestApp({ env: { DATA_DIR: dataDir, THREAD_LIST_CACHE_SECONDS: '60' } })
    patient = await createSignedInUser(t, 'patient', {
      firstName: 'سارا',
      lastName: 'احمدی',
      displayName: 'گل‌رز',
    })
    psychologist = await createSignedInUser(t, 'psychologist')
    await createConfirmedAppointment(t, patient.id, psychologist.id)
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/threads',
      headers: patient.headers,
      payload: { kind: 'direct', userId: psychologist.id },
    })
    threadId = (opened.json() as { thread: ThreadDetails }).thread.id
    const file = await uploaded(t, patient, 'avatar', await photo(300, 300))
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/users/me/avatar',
      headers: patient.headers,
      payload: { fileId: file.id },
    })
    expect(set.statusCode).toBe(200)
    avatarUrl = set.json().url
  })
  afterAll(async () => {
    await t?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  const setDiscreet = async (discreetMode: boolean) => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers: patient.headers,
      payload: { preferences: { discreetMode } },
    })
    expect(response.statusCode).toBe(200)
  }

  /** Every place the psychologist sees this patient: appointments, thread, thread list. */
  const seenByPsychologist = async () => {
    const get = (url: string) => t.app.inject({ url, headers: psychologist.headers })
    const appointments = (await get('/api/v1/appointments')).json() as { items: AppointmentView[] }
    const details = (await get(`/api/v1/threads/${threadId}`)).json() as ThreadDetails
    const list = (await get('/api/v1/threads')).json() as { items: ThreadSummary[] }
    const raw = JSON.stringify([appointments, details, list])
    return {
      appointment: appointments.items.find((item) => item.patient.id === patient.id)?.patient,
      participant: details.participants.find((p) => p.id === patient.id)?.avatarUrl,
      counterpart: details.counterpart?.avatarUrl,
      listed: list.items.find((item) => item.id === threadId)?.counterpart?.avatarUrl,
      leaked: raw.includes(avatarUrl),
    }
  }

  it('shows the psychologist the patient’s avatar while discreet mode is off', async () => {
    const seen = await seenByPsychologist()
    expect(seen.appointment).toEqual({
      id: patient.id,
      name: { fa: 'سارا احمدی', en: 'سارا احمدی' },
      avatarUrl,
    })
    expect([seen.participant, seen.counterpart, seen.listed]).toEqual([
      avatarUrl,
      avatarUrl,
      avatarUrl,
    ])
  })

  it('sends the nickname and no avatar address anywhere once discreet mode is on', async () => {
    await setDiscreet(true)
    const seen = await seenByPsychologist()
    expect(seen.appointment).toEqual({
      id: patient.id,
      name: { fa: 'گل‌رز', en: 'گل‌رز' },
      avatarUrl: null,
    })
    expect([seen.participant, seen.counterpart, seen.listed]).toEqual([null, null, null])
    expect(seen.leaked).toBe(false)
    await setDiscreet(false)
    expect((await seenByPsychologist()).counterpart).toBe(avatarUrl)
  })

  it('hides the avatar of a discreet patient who set no nickname too', async () => {
    const plain = await createSignedInUser(t, 'patient', { firstName: 'Reza', lastName: 'K' })
    const file = await uploaded(t, plain, 'avatar', await photo(64, 64))
    const headers = plain.headers
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/users/me/avatar',
      headers,
      payload: { fileId: file.id },
    })
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers,
      payload: { preferences: { discreetMode: true } },
    })
    await createConfirmedAppointment(t, plain.id, psychologist.id)
    const response = await t.app.inject({
      url: '/api/v1/appointments?limit=100',
      headers: psychologist.headers,
    })
    const items = (response.json() as { items: AppointmentView[] }).items
    expect(items.find((item) => item.patient.id === plain.id)?.patient).toEqual({
      id: plain.id,
      name: { fa: 'Reza K', en: 'Reza K' },
      avatarUrl: null,
    })
  })

  it('removes my avatar: the profile forgets it, others stop seeing it, and so does the web', async () => {
    expect((await t.app.inject({ url: avatarUrl })).statusCode).toBe(200)
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/users/me/avatar',
      headers: patient.headers,
    })
    expect(removed.statusCode).toBe(204)
    const me = await t.app.inject({ url: '/api/v1/users/me', headers: patient.headers })
    expect(me.json().profile.avatarUrl).toBeUndefined()
    expect((await seenByPsychologist()).counterpart).toBeNull()
    // Released to the sweep, it stops being served at once, cached address or not.
    expect((await t.app.inject({ url: avatarUrl })).statusCode).toBe(404)
    const again = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/users/me/avatar',
      headers: patient.headers,
    })
    expect(again.statusCode).toBe(204)
    const anonymous = await t.app.inject({ method: 'DELETE', url: '/api/v1/users/me/avatar' })
    expect(anonymous.statusCode).toBe(401)
  })
})
