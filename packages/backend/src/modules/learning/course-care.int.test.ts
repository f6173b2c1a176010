import type {
  CourseRecommendation,
  CourseRecommendationPage,
  ExerciseAnswer,
  ExerciseAnswerPage,
  Lesson,
  SharedEnrollmentList,
  SharedExerciseAnswerPage,
} from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  api,
  articleLesson,
  createCourse,
  enrol,
  moodLesson,
} from '../../../test/course-fixtures.ts'
import { createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let author: SignedInUser
let patient: SignedInUser
let psychologist: SignedInUser
let otherPsychologist: SignedInUser
let courseId: string
let mood: Lesson
let thoughts: Lesson
let enrollmentId: string

const THOUGHT_RECORD = {
  kind: 'thought_record',
  situation: 'ارائه در جلسهٔ کاری',
  automaticThought: 'حتماً خراب می‌کنم',
  emotion: 'اضطراب',
  intensityBefore: 80,
  evidenceFor: 'دفعهٔ پیش صدایم لرزید',
  evidenceAgainst: 'بیشتر ارائه‌هایم خوب بوده',
  balancedThought: 'ممکن است مضطرب باشم و باز هم خوب ارائه بدهم',
  intensityAfter: 40,
}

beforeAll(async () => {
  t = await createTestApp()
  author = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
  psychologist = await createSignedInUser(t, 'psychologist')
  otherPsychologist = await createSignedInUser(t, 'psychologist')
  await createConfirmedAppointment(t, patient.id, psychologist.id)
  const made = await createCourse(t, author, {
    course: { title: 'ثبت افکار', titleEn: 'Thought records' },
    lessons: [
      moodLesson(),
      {
        kind: 'exercise',
        title: 'ثبت فکر',
        durationSeconds: 600,
        exercise: { kind: 'thought_record' },
      },
      articleLesson(),
    ],
  })
  courseId = made.course.id
  ;[mood, thoughts] = made.lessons as [Lesson, Lesson]
  enrollmentId = await enrol(t, patient, courseId)
})
afterAll(() => t.close())

const answer = (user: SignedInUser, lessonId: string, body: object) =>
  api<ExerciseAnswer & { code?: string }>(
    t,
    user,
    'POST',
    `/api/v1/lessons/${lessonId}/answers`,
    body,
  )

describe('exercise answers', () => {
  it('are saved privately and listed to their writer only', async () => {
    const saved = await answer(patient, thoughts.id, { answer: THOUGHT_RECORD })
    expect(saved.status).toBe(201)
    expect(saved.body).toMatchObject({
      lessonId: thoughts.id,
      courseId,
      sharedWithPsychologist: false,
    })
    expect(saved.body.answer).toMatchObject({ kind: 'thought_record', intensityAfter: 40 })
    const mine = await api<ExerciseAnswerPage>(
      t,
      patient,
      'GET',
      `/api/v1/lessons/${thoughts.id}/answers`,
    )
    expect(mine.body.items.map((item) => item.id)).toEqual([saved.body.id])
    const stranger = await createSignedInUser(t, 'patient')
    const theirs = await api<ExerciseAnswerPage>(
      t,
      stranger,
      'GET',
      `/api/v1/lessons/${thoughts.id}/answers`,
    )
    expect(theirs.body.items).toEqual([])
    const share = await api(t, stranger, 'PATCH', `/api/v1/exercise-answers/${saved.body.id}`, {
      sharedWithPsychologist: true,
    })
    expect(share.status).toBe(404)
  })

  it('go through the safety module: a crisis thought alerts on-call staff, an anxious one does not', async () => {
    const calm = await answer(patient, thoughts.id, { answer: THOUGHT_RECORD })
    expect(calm.body).toMatchObject({ safety: { level: 'none', reasons: [] } })
    const crisis = await answer(patient, thoughts.id, {
      answer: { ...THOUGHT_RECORD, automaticThought: 'فایده‌ای نداره، امشب خودمو می‌کشم' },
    })
    expect(crisis.status).toBe(201)
    expect(crisis.body).toMatchObject({ safety: { level: 'crisis' } })
    const triggers = await t.database.query<{ source: string; source_id: string }>(
      `SELECT g.source, g.source_id FROM safety_alert_triggers g
       JOIN safety_alerts a ON a.id = g.alert_id WHERE a.patient_id = $1`,
      [patient.id],
    )
    expect(triggers).toEqual([{ source: 'exercise_answer', source_id: crisis.body.id }])
  })

  it('must match the lesson’s exercise and come from an enrolled learner', async () => {
    const wrong = await answer(patient, thoughts.id, { answer: { kind: 'mood_checkin', mood: 3 } })
    expect([wrong.status, wrong.body.code]).toEqual([422, 'EXERCISE_ANSWER_MISMATCH'])
    const outOfRange = await answer(patient, mood.id, { answer: { kind: 'mood_checkin', mood: 9 } })
    expect(outOfRange.status).toBe(400)
    const stranger = await createSignedInUser(t, 'patient')
    const notEnrolled = await answer(stranger, mood.id, {
      answer: { kind: 'mood_checkin', mood: 3 },
    })
    expect([notEnrolled.status, notEnrolled.body.code]).toEqual([409, 'NOT_ENROLLED'])
  })
})

describe('what a psychologist sees of their patient', () => {
  let shared: ExerciseAnswer

  beforeAll(async () => {
    await answer(patient, mood.id, { answer: { kind: 'mood_checkin', mood: 2, note: 'خصوصی' } })
    shared = (
      await answer(patient, mood.id, {
        answer: { kind: 'mood_checkin', mood: 4, factors: ['خواب'] },
        sharedWithPsychologist: true,
      })
    ).body
  })

  it('is only what the patient shared, audited, and only for their own psychologist', async () => {
    const url = `/api/v1/patients/${patient.id}/exercise-answers`
    const seen = await api<SharedExerciseAnswerPage>(t, psychologist, 'GET', url)
    expect(seen.status).toBe(200)
    expect(seen.body.items.map((item) => [item.id, item.lessonTitle, item.courseTitle])).toEqual([
      [shared.id, 'حال امروز', 'ثبت افکار'],
    ])
    const [audit] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_logs WHERE action = 'exercise_answers.read' AND user_id = $1`,
      [psychologist.id],
    )
    expect(audit?.n).toBe(1)
    for (const reader of [otherPsychologist, await createSignedInUser(t, 'patient'), author]) {
      expect((await api(t, reader, 'GET', url)).status).toBe(404)
    }
  })

  it('stops at once when the patient stops sharing', async () => {
    const url = `/api/v1/patients/${patient.id}/exercise-answers`
    const unshared = await api<ExerciseAnswer>(
      t,
      patient,
      'PATCH',
      `/api/v1/exercise-answers/${shared.id}`,
      {
        sharedWithPsychologist: false,
      },
    )
    expect(unshared.body.sharedWithPsychologist).toBe(false)
    expect((await api<SharedExerciseAnswerPage>(t, psychologist, 'GET', url)).body.items).toEqual(
      [],
    )
  })

  it('includes course progress only for courses the patient shares', async () => {
    const url = `/api/v1/patients/${patient.id}/enrollments`
    expect((await api<SharedEnrollmentList>(t, psychologist, 'GET', url)).body.items).toEqual([])
    const toggled = await api(t, patient, 'PATCH', `/api/v1/enrollments/${enrollmentId}/sharing`, {
      sharedWithPsychologist: true,
    })
    expect(toggled.status).toBe(200)
    const seen = await api<SharedEnrollmentList>(t, psychologist, 'GET', url)
    expect(seen.body.items.map((item) => [item.id, item.course.title, item.progress])).toEqual([
      [enrollmentId, 'ثبت افکار', 0],
    ])
    expect((await api(t, otherPsychologist, 'GET', url)).status).toBe(404)
    const foreign = await api(
      t,
      otherPsychologist,
      'PATCH',
      `/api/v1/enrollments/${enrollmentId}/sharing`,
      {
        sharedWithPsychologist: false,
      },
    )
    expect(foreign.status).toBe(404)
  })
})

describe('recommending a course', () => {
  const url = () => `/api/v1/patients/${patient.id}/course-recommendations`

  it('is for the treating psychologist only; anyone else gets 404', async () => {
    for (const someone of [otherPsychologist, author, await createSignedInUser(t, 'patient')]) {
      const response = await api(t, someone, 'POST', url(), { courseId })
      expect(response.status).toBe(404)
    }
    const self = await api(
      t,
      patient,
      'POST',
      `/api/v1/patients/${patient.id}/course-recommendations`,
      {
        courseId,
      },
    )
    expect(self.status).toBe(404)
  })

  it('shows on the patient’s list with the psychologist, the note and their progress; again refreshes it', async () => {
    const made = await api<CourseRecommendation>(t, psychologist, 'POST', url(), {
      courseId,
      note: 'هر شب یک ثبت فکر',
    })
    expect(made.status).toBe(201)
    const again = await api<CourseRecommendation>(t, psychologist, 'POST', url(), {
      courseId,
      note: 'فقط سه شب در هفته',
    })
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(made.body.id)
    const list = await api<CourseRecommendationPage>(
      t,
      patient,
      'GET',
      '/api/v1/users/me/course-recommendations',
    )
    expect(list.body.items).toHaveLength(1)
    expect(list.body.items[0]).toMatchObject({
      note: 'فقط سه شب در هفته',
      course: { id: courseId, title: 'ثبت افکار', lessonCount: 3 },
      psychologist: { id: psychologist.id, name: { fa: 'Test psychologist' } },
      myEnrollment: { id: enrollmentId },
    })
    const other = await api<CourseRecommendationPage>(
      t,
      otherPsychologist,
      'GET',
      '/api/v1/users/me/course-recommendations',
    )
    expect(other.body.items).toEqual([])
  })

  it('refuses an unpublished course', async () => {
    const { course } = await createCourse(t, author, { publish: false })
    expect((await api(t, psychologist, 'POST', url(), { courseId: course.id })).status).toBe(404)
  })
})
