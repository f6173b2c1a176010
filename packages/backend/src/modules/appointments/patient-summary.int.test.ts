import type { PatientSummary } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api } from '../../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let patient: SignedInUser
let psychologist: SignedInUser

/** An appointment `hours` from now (negative: in the past) between the two, in `status`. */
async function session(hours: number, status: string, psy = psychologist, who = patient) {
  const [row] = await t.database.query<{ id: string }>(
    `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at, status)
     VALUES ($1, $2, date_trunc('minute', now()) + make_interval(hours => $3),
       date_trunc('minute', now()) + make_interval(hours => $3 + 1), $4)
     RETURNING id`,
    [who.id, psy.id, hours, status],
  )
  if (!row) throw new Error('appointment insert returned no row')
  return row.id
}

const summaryOf = (reader: SignedInUser | undefined, patientId = patient.id) =>
  api<PatientSummary & { code?: string }>(t, reader, 'GET', `/api/v1/patients/${patientId}/summary`)

beforeAll(async () => {
  t = await createTestApp()
  patient = await createSignedInUser(t, 'patient', { firstName: 'مریم', lastName: 'رضایی' })
  psychologist = await createSignedInUser(t, 'psychologist')
})
afterAll(() => t.close())

describe('GET /patients/:patientId/summary', () => {
  it('gives the treating psychologist the name and their sessions together, and audits it', async () => {
    const past = await session(-72, 'completed')
    const cancelled = await session(48, 'cancelled')
    const soon = await session(24, 'confirmed')
    const later = await session(96, 'confirmed')
    // Someone else's session with the same patient is not this psychologist's to list.
    const other = await createSignedInUser(t, 'psychologist')
    await session(30, 'confirmed', other)

    const { status, body } = await summaryOf(psychologist)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.patient).toEqual({
      id: patient.id,
      name: { fa: 'مریم رضایی', en: 'مریم رضایی' },
      avatarUrl: null,
    })
    expect(body.upcoming.map((s) => s.id)).toEqual([soon, later])
    expect(body.past.map((s) => [s.id, s.status])).toEqual([
      [cancelled, 'cancelled'],
      [past, 'completed'],
    ])
    expect(body.morePast).toBe(false)
    expect(Object.keys(body.upcoming[0] ?? {}).sort()).toEqual(
      ['durationMinutes', 'endsAt', 'id', 'mode', 'startsAt', 'status'].sort(),
    )
    const audit = await t.database.query<{ resource_id: string }>(
      `SELECT resource_id FROM audit_logs WHERE user_id = $1 AND action = 'patient.summary.read'`,
      [psychologist.id],
    )
    expect(audit.map((row) => row.resource_id)).toEqual([patient.id])
  })

  it('shows a patient in discreet mode by their nickname, without a photo', async () => {
    const discreet = await createSignedInUser(t, 'patient', {
      displayName: 'م.',
      avatarUrl: 'https://example.test/a.png',
    })
    await t.database.query(
      `UPDATE users SET preferences = preferences || '{"discreetMode": true}'::jsonb WHERE id = $1`,
      [discreet.id],
    )
    await session(10, 'confirmed', psychologist, discreet)
    const { status, body } = await summaryOf(psychologist, discreet.id)
    expect(status).toBe(200)
    expect(body.patient).toMatchObject({ name: { fa: 'م.', en: 'م.' }, avatarUrl: null })
  })

  it('answers 404 to anyone who does not treat the patient', async () => {
    const stranger = await createSignedInUser(t, 'psychologist')
    expect((await summaryOf(stranger)).status).toBe(404)
    // A booking still waiting for payment makes nobody a treating psychologist.
    const held = await createSignedInUser(t, 'psychologist')
    await session(12, 'pending', held)
    expect((await summaryOf(held)).status).toBe(404)
    // Nor does the patient read their own page, nor another patient.
    expect((await summaryOf(patient)).status).toBe(404)
    expect((await summaryOf(await createSignedInUser(t, 'patient'))).status).toBe(404)
    // An unknown patient looks the same.
    expect((await summaryOf(psychologist, crypto.randomUUID())).status).toBe(404)
    expect((await summaryOf(undefined)).status).toBe(401)
  })
})
