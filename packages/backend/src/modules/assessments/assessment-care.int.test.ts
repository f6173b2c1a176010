import type {
  AssessmentAssignment,
  AssessmentFigures,
  AssessmentList,
  AssessmentResult,
  AssignmentList,
  ResultPage,
  SharedResultPage,
  TrendList,
} from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instrument, submit } from '../../../test/assessment-fixtures.ts'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api } from '../../../test/course-fixtures.ts'
import { createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let patient: SignedInUser
let psychologist: SignedInUser
let stranger: SignedInUser
let phq9Id: string

beforeAll(async () => {
  t = await createTestApp()
  patient = await createSignedInUser(t, 'patient')
  psychologist = await createSignedInUser(t, 'psychologist')
  stranger = await createSignedInUser(t, 'psychologist')
  await createConfirmedAppointment(t, patient.id, psychologist.id)
  phq9Id = (await instrument(t, patient, 'phq-9')).id
})
afterAll(() => t.close())

const results = (user: SignedInUser, patientId = patient.id, query = '') =>
  api<SharedResultPage & { code?: string }>(
    t,
    user,
    'GET',
    `/api/v1/patients/${patientId}/assessment-results${query}`,
  )

describe('my results', () => {
  it('page newest first and filter by instrument', async () => {
    const user = await createSignedInUser(t, 'patient')
    await submit(t, user, 'phq-9', [0])
    await submit(t, user, 'gad-7', [1])
    await submit(t, user, 'phq-9', [2, 1, 1, 1, 1, 1, 0, 0, 0])
    const first = await api<ResultPage>(t, user, 'GET', '/api/v1/assessments/results?limit=2')
    expect(first.body.items.map((r) => [r.assessment.slug, r.total])).toEqual([
      ['phq-9', 7],
      ['gad-7', 7],
    ])
    const next = await api<ResultPage>(
      t,
      user,
      'GET',
      `/api/v1/assessments/results?limit=2&cursor=${first.body.nextCursor}`,
    )
    expect(next.body).toMatchObject({ nextCursor: null })
    expect(next.body.items.map((r) => r.total)).toEqual([0])
    const phq = await api<ResultPage>(
      t,
      user,
      'GET',
      `/api/v1/assessments/results?assessmentId=${phq9Id}`,
    )
    expect(phq.body.items.map((r) => r.band)).toEqual(['mild', 'minimal'])
    const list = await api<AssessmentList>(t, user, 'GET', '/api/v1/assessments')
    expect(list.body.items[0]?.latest).toMatchObject({ total: 7, band: 'mild' })
  })

  it("are nobody else's to read or to share", async () => {
    const { result } = await submit(t, patient, 'gad-7', [0])
    const other = await createSignedInUser(t, 'patient')
    const url = `/api/v1/assessments/results/${result.id}`
    expect((await api(t, other, 'GET', url)).status).toBe(404)
    expect((await api(t, other, 'PUT', `${url}/sharing`, { shared: false })).status).toBe(404)
    const mine = await api<AssessmentResult>(t, patient, 'GET', url)
    expect(mine.body.answers).toHaveLength(7)
  })
})

describe('a psychologist', () => {
  it('reads the results their patient shares, with the answers, each read audited', async () => {
    const { result } = await submit(t, patient, 'phq-9', [1, 1, 1, 1, 1, 1, 1, 1, 0])
    const { status, body } = await results(psychologist)
    expect(status).toBe(200)
    const seen = body.items.find((r) => r.id === result.id)
    expect(seen).toMatchObject({ total: 8, band: 'mild' })
    expect(seen?.answers).toHaveLength(9)
    expect(seen).not.toHaveProperty('recommendations')
    const audit = await t.database.query<{ changes: { resultIds: string[] } }>(
      `SELECT changes FROM audit_logs WHERE user_id = $1 AND action = 'assessment_results.read'`,
      [psychologist.id],
    )
    expect(audit.at(-1)?.changes.resultIds).toContain(result.id)
  })

  it('does not see a result the patient withdrew', async () => {
    const { result } = await submit(t, patient, 'gad-7', [2])
    const url = `/api/v1/assessments/results/${result.id}/sharing`
    const withdrawn = await api<AssessmentResult>(t, patient, 'PUT', url, { shared: false })
    expect(withdrawn.body.sharedWithPsychologist).toBe(false)
    expect((await results(psychologist)).body.items.map((r) => r.id)).not.toContain(result.id)
    const trends = await api<TrendList>(
      t,
      psychologist,
      'GET',
      `/api/v1/patients/${patient.id}/assessment-trends`,
    )
    const points = trends.body.series.flatMap((s) => s.points.map((p) => p.resultId))
    expect(points).not.toContain(result.id)
    await api(t, patient, 'PUT', url, { shared: true })
    expect((await results(psychologist)).body.items.map((r) => r.id)).toContain(result.id)
  })

  it('who is not their psychologist reads nothing: 404, as for an unknown patient', async () => {
    const { status, body } = await results(stranger)
    expect(status).toBe(404)
    expect(body.code).toBe('NOT_FOUND')
    const trends = `/api/v1/patients/${patient.id}/assessment-trends`
    expect((await api(t, stranger, 'GET', trends)).status).toBe(404)
    // Nor a patient reading another patient's, nor anyone their own through this door.
    expect((await results(await createSignedInUser(t, 'patient'))).status).toBe(404)
    expect((await results(patient)).status).toBe(404)
  })

  it('sees trends per screening instrument, oldest first, with the bands', async () => {
    const user = await createSignedInUser(t, 'patient')
    await createConfirmedAppointment(t, user.id, psychologist.id)
    await submit(t, user, 'phq-9', [2])
    await submit(t, user, 'phq-9', [1])
    await submit(t, user, 'ipip-50', [3])
    const { body } = await api<TrendList>(
      t,
      psychologist,
      'GET',
      `/api/v1/patients/${user.id}/assessment-trends`,
    )
    expect(body.series).toHaveLength(1)
    expect(body.series[0]).toMatchObject({ min: 0, max: 27, assessment: { slug: 'phq-9' } })
    expect(body.series[0]?.points.map((p) => [p.total, p.band])).toEqual([
      [18, 'moderately_severe'],
      [9, 'mild'],
    ])
  })
})

describe('assignments', () => {
  const assign = (user: SignedInUser, body: object, patientId = patient.id) =>
    api<AssessmentAssignment & { code?: string }>(
      t,
      user,
      'POST',
      `/api/v1/patients/${patientId}/assessment-assignments`,
      body,
    )

  it('once: pending for the patient until answered, then completed', async () => {
    const user = await createSignedInUser(t, 'patient')
    await createConfirmedAppointment(t, user.id, psychologist.id)
    const gad7 = await instrument(t, user, 'gad-7')
    const made = await assign(
      psychologist,
      { assessmentId: gad7.id, recurrence: 'once', note: 'قبل از جلسه' },
      user.id,
    )
    expect(made.status).toBe(201)
    expect(made.body).toMatchObject({ pending: true, recurrence: 'once', note: 'قبل از جلسه' })
    const again = await assign(psychologist, { assessmentId: gad7.id, recurrence: 'once' }, user.id)
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(made.body.id)
    const list = await api<AssessmentList>(t, user, 'GET', '/api/v1/assessments')
    expect(list.body.assignments).toHaveLength(1)
    expect(list.body.assignments[0]).toMatchObject({
      id: made.body.id,
      assessment: { slug: 'gad-7' },
      psychologist: { id: psychologist.id },
    })
    const { result } = await submit(t, user, 'gad-7', [1])
    expect(result.assignmentId).toBe(made.body.id)
    const after = await api<AssessmentList>(t, user, 'GET', '/api/v1/assessments')
    expect(after.body.assignments).toEqual([])
    const mine = await api<AssignmentList>(
      t,
      psychologist,
      'GET',
      `/api/v1/patients/${user.id}/assessment-assignments`,
    )
    expect(mine.body.items[0]).toMatchObject({ pending: false })
    expect(mine.body.items[0]?.completedAt).not.toBeNull()
  })

  it('before every session: due before the next confirmed session, again after it', async () => {
    const user = await createSignedInUser(t, 'patient')
    await createConfirmedAppointment(t, user.id, psychologist.id)
    const made = await assign(
      psychologist,
      { assessmentId: phq9Id, recurrence: 'every_session' },
      user.id,
    )
    expect(made.body.pending).toBe(true)
    expect(made.body.dueAt).not.toBeNull()
    await submit(t, user, 'phq-9', [0])
    let list = await api<AssessmentList>(t, user, 'GET', '/api/v1/assessments')
    expect(list.body.assignments).toEqual([])
    // That session takes place (the answer came before it): the next one asks again.
    await t.database.query(
      `UPDATE assessment_results SET completed_at = now() - interval '3 hours' WHERE user_id = $1`,
      [user.id],
    )
    await t.database.query(
      `UPDATE assessment_assignments SET created_at = now() - interval '4 hours' WHERE id = $1`,
      [made.body.id],
    )
    await t.database.query(
      `UPDATE appointments SET scheduled_at = now() - interval '2 hours',
         ends_at = now() - interval '1 hour', status = 'completed'
       WHERE patient_id = $1`,
      [user.id],
    )
    await createConfirmedAppointment(t, user.id, psychologist.id)
    list = await api<AssessmentList>(t, user, 'GET', '/api/v1/assessments')
    expect(list.body.assignments.map((a) => a.id)).toEqual([made.body.id])
  })

  it('queue a notice for the patient', async () => {
    const withJobs = await createTestApp({ withJobs: true })
    try {
      const p = await createSignedInUser(withJobs, 'patient')
      const psy = await createSignedInUser(withJobs, 'psychologist')
      await createConfirmedAppointment(withJobs, p.id, psy.id)
      const detail = await instrument(withJobs, p, 'phq-9')
      const made = await api<AssessmentAssignment>(
        withJobs,
        psy,
        'POST',
        `/api/v1/patients/${p.id}/assessment-assignments`,
        { assessmentId: detail.id, recurrence: 'once' },
      )
      expect(made.status).toBe(201)
      const jobs = await withJobs.database.query<{ data: { templateKey: string; link: string } }>(
        `SELECT data FROM pgboss.job WHERE name = 'notification.event' AND data->>'recipientId' = $1`,
        [p.id],
      )
      expect(jobs.map((j) => j.data)).toContainEqual(
        expect.objectContaining({ templateKey: 'assessment.assigned', link: '/assessments/phq-9' }),
      )
    } finally {
      await withJobs.close()
    }
  })

  it('only by their psychologist; taking back only their own', async () => {
    const refused = await assign(stranger, { assessmentId: phq9Id, recurrence: 'once' })
    expect(refused.status).toBe(404)
    const made = await assign(psychologist, { assessmentId: phq9Id, recurrence: 'once' })
    const url = `/api/v1/assessment-assignments/${made.body.id}`
    expect((await api(t, stranger, 'DELETE', url)).status).toBe(404)
    expect((await api(t, patient, 'DELETE', url)).status).toBe(404)
    expect((await api(t, psychologist, 'DELETE', url)).status).toBe(204)
    expect((await api(t, psychologist, 'DELETE', url)).status).toBe(404)
  })
})

describe('admins', () => {
  it('see counts per instrument and band, and nobody else does', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const { status, body } = await api<AssessmentFigures>(
      t,
      admin,
      'GET',
      '/api/v1/assessments/figures',
    )
    expect(status).toBe(200)
    const phq = body.items.find((i) => i.assessment.slug === 'phq-9')
    expect(phq?.results).toBeGreaterThan(0)
    expect(phq?.bands.reduce((sum, b) => sum + b.count, 0)).toBe(phq?.results)
    expect(JSON.stringify(body)).not.toMatch(/answers|userId|phq9_1/)
    expect((await api(t, psychologist, 'GET', '/api/v1/assessments/figures')).status).toBe(403)
    expect((await api(t, patient, 'GET', '/api/v1/assessments/figures')).status).toBe(403)
  })
})
