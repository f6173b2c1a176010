import type { AssessmentAssignment } from '@yektayar/shared'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { submit } from '../../../test/assessment-fixtures.ts'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api } from '../../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { remindIfStillDue } from '../appointments/appointment-reminders.ts'
import { type CareDeps, careDepsOf } from '../appointments/care-deps.ts'

let t: TestApp
let deps: CareDeps
let psychologist: SignedInUser

beforeAll(async () => {
  t = await createTestApp({ withJobs: true })
  deps = { ...careDepsOf(t.app), log: console }
})
afterAll(() => t.close())
// Each test its own psychologist: their sessions never overlap another test's.
beforeEach(async () => {
  psychologist = await createSignedInUser(t, 'psychologist')
})

/** A session `hours` from now (negative: past) between the patient and `psy`; its start. */
async function session(
  patient: SignedInUser,
  hours: number,
  status = 'confirmed',
  psy = psychologist,
) {
  const [row] = await t.database.query<{ id: string; starts_at: Date }>(
    `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at, status)
     VALUES ($1, $2, date_trunc('minute', now()) + make_interval(hours => $3),
       date_trunc('minute', now()) + make_interval(hours => $3 + 1), $4)
     RETURNING id, scheduled_at AS starts_at`,
    [patient.id, psy.id, hours, status],
  )
  if (!row) throw new Error('appointment insert returned no row')
  return { id: row.id, startsAt: new Date(row.starts_at).toISOString() }
}

async function assign(patient: SignedInUser, slug: string, recurrence: string, psy = psychologist) {
  const { body: detail } = await api<{ id: string }>(
    t,
    patient,
    'GET',
    `/api/v1/assessments/${slug}`,
  )
  const { status, body } = await api<AssessmentAssignment>(
    t,
    psy,
    'POST',
    `/api/v1/patients/${patient.id}/assessment-assignments`,
    { assessmentId: detail.id, recurrence },
  )
  expect(status, JSON.stringify(body)).toBe(201)
  return body
}

/** Both reminders of the session run, as their jobs would. */
async function remind(appointment: { id: string; startsAt: string }) {
  const told = []
  for (const minutesBefore of [1440, 60]) {
    told.push(
      await remindIfStillDue(deps, {
        appointmentId: appointment.id,
        startsAt: appointment.startsAt,
        minutesBefore,
      }),
    )
  }
  return told
}

/** What the patient was told under this session's reminder keys, besides the reminders. */
const questionnaireNotices = (patient: SignedInUser, appointmentId: string) =>
  t.database.query<{ event_key: string; category: string; link: string; data: unknown }>(
    `SELECT event_key, category, link, data FROM notifications
     WHERE user_id = $1 AND starts_with(event_key, $2) AND category = 'assessment_assigned'
     ORDER BY created_at`,
    [patient.id, `appointment:${appointmentId}:reminder:assessment:`],
  )

describe('a questionnaire asked before every session', () => {
  it('is told to the patient with the reminders of each confirmed session, once per session', async () => {
    const patient = await createSignedInUser(t, 'patient')
    await session(patient, -96, 'completed')
    const next = await session(patient, 30)
    const assignment = await assign(patient, 'phq-9', 'every_session')

    expect(await remind(next)).toEqual([true, true])
    const key = `appointment:${next.id}:reminder:assessment:${assignment.id}:${next.startsAt}`
    // Two reminders ran; the patient heard of the questionnaire once.
    expect(await questionnaireNotices(patient, next.id)).toEqual([
      {
        event_key: key,
        category: 'assessment_assigned',
        link: '/assessments/phq-9',
        data: {
          templateKey: 'assessment.before_session',
          params: { assignmentId: assignment.id, appointmentId: next.id },
        },
      },
    ])
    // A rerun of a reminder (a retry) tells nothing again.
    await remind(next)
    expect(await questionnaireNotices(patient, next.id)).toHaveLength(1)
  })

  it('is not told when the patient answered it since their last session', async () => {
    const patient = await createSignedInUser(t, 'patient')
    await session(patient, -96, 'completed')
    const next = await session(patient, 30)
    await assign(patient, 'gad-7', 'every_session')
    await submit(t, patient, 'gad-7', [1])
    expect(await remind(next)).toEqual([true, true])
    expect(await questionnaireNotices(patient, next.id)).toEqual([])

    // An answer from before the last session no longer counts for the next one.
    await t.database.query(
      `UPDATE assessment_results SET completed_at = now() - interval '5 days' WHERE user_id = $1`,
      [patient.id],
    )
    const later = await session(patient, 80)
    await remind(later)
    expect(await questionnaireNotices(patient, later.id)).toHaveLength(1)
  })

  it('is not told for a cancelled session', async () => {
    const patient = await createSignedInUser(t, 'patient')
    await session(patient, -96, 'completed')
    const next = await session(patient, 30)
    await assign(patient, 'phq-9', 'every_session')
    const cancel = await api(t, psychologist, 'DELETE', `/api/v1/appointments/${next.id}`, {
      reason: 'ill',
    })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    expect(await remind(next)).toEqual([false, false])
    expect(await questionnaireNotices(patient, next.id)).toEqual([])
  })

  it("is not told for a one-off request, nor for another psychologist's session", async () => {
    const patient = await createSignedInUser(t, 'patient')
    const other = await createSignedInUser(t, 'psychologist')
    await session(patient, -96, 'completed')
    await session(patient, -90, 'completed', other)
    await assign(patient, 'phq-9', 'once')
    await assign(patient, 'gad-7', 'every_session', other)
    const next = await session(patient, 30)
    expect(await remind(next)).toEqual([true, true])
    expect(await questionnaireNotices(patient, next.id)).toEqual([])
    // The other psychologist's session is where their request is due.
    const theirs = await session(patient, 50, 'confirmed', other)
    await remind(theirs)
    expect((await questionnaireNotices(patient, theirs.id)).map((n) => n.link)).toEqual([
      '/assessments/gad-7',
    ])
  })
})
