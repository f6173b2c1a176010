import type {
  AssessmentDetail,
  AssessmentDraft,
  AssessmentList,
  ItemAnswer,
  SubmitAssessmentResponse,
} from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answersFor, instrument, submit } from '../../../test/assessment-fixtures.ts'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api, createCourse, moodLesson } from '../../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let patient: SignedInUser
let phq9: AssessmentDetail
let gad7: AssessmentDetail

beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } })
  patient = await createSignedInUser(t, 'patient')
  phq9 = await instrument(t, patient, 'phq-9')
  gad7 = await instrument(t, patient, 'gad-7')
})
afterAll(() => t.close())

const post = (body: object, slug = 'phq-9', user = patient) =>
  api<SubmitAssessmentResponse & { code?: string; errors?: { path: string }[] }>(
    t,
    user,
    'POST',
    `/api/v1/assessments/${slug}/submit`,
    body,
  )

describe('the instruments', () => {
  it('are there at boot: PHQ-9, GAD-7 and IPIP-50, in both languages, with their papers', async () => {
    const { status, body } = await api<AssessmentList>(t, patient, 'GET', '/api/v1/assessments')
    expect(status).toBe(200)
    expect(body.items.map((i) => [i.slug, i.itemCount, i.kind])).toEqual([
      ['phq-9', 9, 'screening'],
      ['gad-7', 7, 'screening'],
      ['ipip-50', 50, 'personality'],
    ])
    expect(body.items.every((i) => i.latest === null && i.draftAnswered === null)).toBe(true)
    expect(phq9.items[8]?.text.fa).toContain('بهتر است بمیرید')
    expect(phq9.options.map((o) => o.value)).toEqual([0, 1, 2, 3])
    expect(phq9.citations.map((c) => c.text).join(' ')).toMatch(/Dadfar.*2018/)
    expect(gad7.citations.map((c) => c.text).join(' ')).toMatch(/Naeinian.*2011/)
    expect(phq9.bands.map((b) => [b.key, b.min, b.max])).toEqual([
      ['minimal', 0, 4],
      ['mild', 5, 9],
      ['moderate', 10, 14],
      ['moderately_severe', 15, 19],
      ['severe', 20, 27],
    ])
  })

  it('need a session', async () => {
    const { status } = await api(t, undefined, 'GET', '/api/v1/assessments')
    expect(status).toBe(401)
  })

  it('answer an unknown one with 404, by slug or id', async () => {
    expect((await api(t, patient, 'GET', '/api/v1/assessments/no-such')).status).toBe(404)
    const id = '00000000-0000-4000-8000-000000000000'
    expect((await api(t, patient, 'GET', `/api/v1/assessments/${id}`)).status).toBe(404)
    expect((await api(t, patient, 'GET', `/api/v1/assessments/${phq9.id}`)).status).toBe(200)
  })
})

describe('a draft', () => {
  it('resumes where it was left, on another session of the same person', async () => {
    const user = await createSignedInUser(t, 'patient')
    const answers: ItemAnswer[] = [
      { itemId: 'gad7_1', value: 2 },
      { itemId: 'gad7_2', value: 1 },
    ]
    const saved = await api<AssessmentDraft>(t, user, 'PUT', '/api/v1/assessments/gad-7/draft', {
      answers,
      position: 2,
    })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ answers, position: 2, note: null })
    const again = await instrument(t, user, 'gad-7')
    expect(again.draft).toMatchObject({ answers, position: 2 })
    const list = await api<AssessmentList>(t, user, 'GET', '/api/v1/assessments')
    expect(list.body.items.find((i) => i.slug === 'gad-7')?.draftAnswered).toBe(2)
    // Submitting drops the draft.
    await submit(t, user, 'gad-7', [1])
    expect((await instrument(t, user, 'gad-7')).draft).toBeNull()
  })

  it('is checked like a submission, except for unanswered items', async () => {
    const bad = await api<{ code: string }>(t, patient, 'PUT', '/api/v1/assessments/gad-7/draft', {
      answers: [{ itemId: 'gad7_1', value: 7 }],
      position: 0,
    })
    expect(bad.status).toBe(422)
    expect(bad.body.code).toBe('ASSESSMENT_ANSWER_OUT_OF_RANGE')
  })

  it('can be dropped to start over', async () => {
    const user = await createSignedInUser(t, 'patient')
    const body = { answers: [{ itemId: 'phq9_1', value: 1 }], position: 1 }
    await api(t, user, 'PUT', '/api/v1/assessments/phq-9/draft', body)
    expect((await api(t, user, 'DELETE', '/api/v1/assessments/phq-9/draft')).status).toBe(204)
    expect((await instrument(t, user, 'phq-9')).draft).toBeNull()
  })
})

describe('submitting', () => {
  it('scores PHQ-9 all 1s as 9, mild, flags item 9 and answers a crisis decision', async () => {
    const user = await createSignedInUser(t, 'patient')
    const { result, safety } = await submit(t, user, 'phq-9', [1])
    expect(result).toMatchObject({ total: 9, band: 'mild', flags: ['phq9_item9'] })
    expect(result.sharedWithPsychologist).toBe(true)
    expect(safety).toEqual({ level: 'crisis', reasons: ['phq9_item9'] })
    expect(result.recommendations[0]).toMatchObject({ kind: 'crisis_support' })
    const alerts = await t.database.query<{ reasons: string[] }>(
      'SELECT reasons FROM safety_alerts WHERE patient_id = $1',
      [user.id],
    )
    expect(alerts).toHaveLength(1)
    expect(alerts[0]?.reasons).toContain('phq9_item9')
  })

  it('answers no risk for item 9 at 0 without a note', async () => {
    const values = [2, 2, 2, 2, 2, 1, 1, 0, 0]
    const { result, safety } = await submit(t, patient, 'phq-9', values)
    expect(result).toMatchObject({ total: 12, band: 'moderate', flags: [] })
    expect(safety).toEqual({ level: 'none', reasons: [] })
    expect(result.recommendations.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['talk_to_psychologist', 'psychologists', 'exercise']),
    )
    expect(result.recommendations.find((r) => r.kind === 'psychologists')?.link).toBe(
      '/psychologists?specialty=depression',
    )
  })

  it('sends the note through the safety module and answers the graver decision', async () => {
    const user = await createSignedInUser(t, 'patient')
    const { result, safety } = await submit(t, user, 'gad-7', [0], 'I want to kill myself')
    expect(result.note).toBe('I want to kill myself')
    expect(safety.level).toBe('crisis')
    expect(safety.reasons).toContain('explicit_intent')
  })

  it('recommends published courses by topic', async () => {
    const author = await createSignedInUser(t, 'admin')
    const made = await createCourse(t, author, {
      course: { title: 'آرام گرفتن با تنفس', titleEn: 'Calm breathing', tags: ['breathing'] },
      lessons: [moodLesson()],
    })
    const { result } = await submit(t, patient, 'gad-7', [2, 2, 2, 1, 1, 1, 1])
    expect(result).toMatchObject({ total: 10, band: 'moderate' })
    expect(result.recommendations).toContainEqual({
      kind: 'course',
      key: made.course.id,
      link: `/courses/${made.course.id}`,
      title: { fa: 'آرام گرفتن با تنفس', en: 'Calm breathing' },
    })
  })

  it('labels an IPIP-50 profile in words from the five trait levels', async () => {
    const ipip = await instrument(t, patient, 'ipip-50')
    const { result } = await submit(t, patient, 'ipip-50', [3])
    expect(ipip.items).toHaveLength(50)
    expect(result.total).toBeNull()
    // "Neither" to everything, against the ESCS: its adults call themselves agreeable,
    // organised and curious (item means near 4), so 30 of 50 is below their mean − 1 SD there
    // (35, 33 and 31 or less is low); extraversion and stability sit mid-sample.
    expect(result.scales.map((s) => [s.key, s.score, s.level])).toEqual([
      ['extraversion', 30, 'average'],
      ['agreeableness', 30, 'low'],
      ['conscientiousness', 30, 'low'],
      ['emotional_stability', 30, 'average'],
      ['intellect', 30, 'low'],
    ])
    expect(result.personalityType?.fa).toBe(
      'برون‌گرایی میانه، رک و مستقل در داوری، انعطاف‌پذیر و کمتر برنامه‌مند، ثبات هیجانی میانه، عمل‌گرا و واقع‌بین',
    )
  })
})

describe('bad answers', () => {
  const all = () => answersFor(phq9, [1])

  it('missing items: 422 ASSESSMENT_ANSWERS_MISSING naming them', async () => {
    const { status, body } = await post({ answers: all().slice(0, 7) })
    expect(status).toBe(422)
    expect(body.code).toBe('ASSESSMENT_ANSWERS_MISSING')
    expect(body.errors?.map((e) => e.path)).toEqual(['body.answers.phq9_8', 'body.answers.phq9_9'])
  })

  it('out of range: 422 ASSESSMENT_ANSWER_OUT_OF_RANGE', async () => {
    for (const value of [4, -1]) {
      const answers = all().map((a) => (a.itemId === 'phq9_3' ? { ...a, value } : a))
      const { status, body } = await post({ answers })
      expect(status).toBe(422)
      expect(body.code).toBe('ASSESSMENT_ANSWER_OUT_OF_RANGE')
    }
    // IPIP answers 1–5: a 0 that PHQ-9 would take is out of range there.
    const ipip = await instrument(t, patient, 'ipip-50')
    const zero = await post({ answers: answersFor(ipip, [0]) }, 'ipip-50')
    expect(zero.body.code).toBe('ASSESSMENT_ANSWER_OUT_OF_RANGE')
  })

  it("another instrument's items: 422 ASSESSMENT_ANSWER_UNKNOWN_ITEM", async () => {
    const { status, body } = await post({ answers: [...all(), { itemId: 'gad7_1', value: 1 }] })
    expect(status).toBe(422)
    expect(body.code).toBe('ASSESSMENT_ANSWER_UNKNOWN_ITEM')
    const gadForPhq = await post({ answers: answersFor(gad7, [1]) })
    expect(gadForPhq.body.code).toBe('ASSESSMENT_ANSWER_UNKNOWN_ITEM')
  })

  it('duplicated items: 422 ASSESSMENT_ANSWER_DUPLICATED', async () => {
    const { status, body } = await post({ answers: [...all(), { itemId: 'phq9_1', value: 3 }] })
    expect(status).toBe(422)
    expect(body.code).toBe('ASSESSMENT_ANSWER_DUPLICATED')
  })

  it('unknown fields, non-integers and notes over 2000 characters: 400', async () => {
    expect((await post({ answers: all(), score: 0 })).status).toBe(400)
    const half = all().map((a) => ({ ...a, value: 1.5 }))
    expect((await post({ answers: half })).status).toBe(400)
    expect((await post({ answers: all(), note: 'x'.repeat(2001) })).status).toBe(400)
  })

  it('an inactive instrument: 409 ASSESSMENT_INACTIVE, and it leaves the list', async () => {
    await t.database.query(`UPDATE assessments SET is_active = false WHERE slug = 'gad-7'`)
    try {
      const { status, body } = await post({ answers: answersFor(gad7, [1]) }, 'gad-7')
      expect(status).toBe(409)
      expect(body.code).toBe('ASSESSMENT_INACTIVE')
      const list = await api<AssessmentList>(t, patient, 'GET', '/api/v1/assessments')
      expect(list.body.items.map((i) => i.slug)).not.toContain('gad-7')
    } finally {
      await t.database.query(`UPDATE assessments SET is_active = true WHERE slug = 'gad-7'`)
    }
  })
})
