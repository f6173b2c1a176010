import type { AppointmentView, ThreadDetails } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('discreet mode', () => {
  let t: TestApp
  let patient: SignedInUser
  let psychologist: SignedInUser
  let threadId: string

  beforeAll(async () => {
    t = await createTestApp()
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
  })
  afterAll(() => t.close())

  const setDiscreet = async (discreetMode: boolean) => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers: patient.headers,
      payload: { preferences: { discreetMode } },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json().preferences.discreetMode).toBe(discreetMode)
  }

  /** The patient's name as the psychologist sees it in appointments and in their thread. */
  const namesSeenByPsychologist = async () => {
    const appointments = await t.app.inject({
      url: '/api/v1/appointments',
      headers: psychologist.headers,
    })
    const items = (appointments.json() as { items: AppointmentView[] }).items
    const thread = await t.app.inject({
      url: `/api/v1/threads/${threadId}`,
      headers: psychologist.headers,
    })
    const details = thread.json() as ThreadDetails
    return {
      appointment: items.find((item) => item.patient.id === patient.id)?.patient.name,
      participant: details.participants.find((p) => p.id === patient.id)?.displayName,
      counterpart: details.counterpart?.displayName,
    }
  }

  it('shows the psychologist the real name while discreet mode is off', async () => {
    expect(await namesSeenByPsychologist()).toEqual({
      appointment: { fa: 'سارا احمدی', en: 'سارا احمدی' },
      participant: 'سارا احمدی',
      counterpart: 'سارا احمدی',
    })
  })

  it('shows the nickname instead once the patient turns discreet mode on', async () => {
    await setDiscreet(true)
    expect(await namesSeenByPsychologist()).toEqual({
      appointment: { fa: 'گل‌رز', en: 'گل‌رز' },
      participant: 'گل‌رز',
      counterpart: 'گل‌رز',
    })
  })

  it('goes back to the real name when it is turned off again', async () => {
    await setDiscreet(false)
    expect((await namesSeenByPsychologist()).participant).toBe('سارا احمدی')
  })

  it('keeps the real name when discreet mode is on but no nickname is set', async () => {
    const plain = await createSignedInUser(t, 'patient', { firstName: 'Reza', lastName: 'K' })
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers: plain.headers,
      payload: { preferences: { discreetMode: true } },
    })
    await createConfirmedAppointment(t, plain.id, psychologist.id)
    const response = await t.app.inject({
      url: '/api/v1/appointments?limit=100',
      headers: psychologist.headers,
    })
    const items = (response.json() as { items: AppointmentView[] }).items
    expect(items.find((item) => item.patient.id === plain.id)?.patient.name.fa).toBe('Reza K')
  })

  it('never hides a psychologist behind a nickname', async () => {
    const staff = await createSignedInUser(t, 'psychologist', {
      firstName: 'Dr',
      lastName: 'Real',
      displayName: 'Hidden',
    })
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/me',
      headers: staff.headers,
      payload: { preferences: { discreetMode: true } },
    })
    await createConfirmedAppointment(t, patient.id, staff.id)
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/threads',
      headers: patient.headers,
      payload: { kind: 'direct', userId: staff.id },
    })
    expect((opened.json() as { thread: ThreadDetails }).thread.counterpart?.displayName).toBe(
      'Dr Real',
    )
  })
})
