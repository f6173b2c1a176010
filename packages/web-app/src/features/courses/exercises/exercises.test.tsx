import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ExerciseDefinition } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../shared/testing/test-support.tsx'
import {
  COURSE_ID,
  detail,
  ENROLLMENT_ID,
  EXERCISE_ID,
  enrollment,
  exerciseLesson,
} from '../testing/course-fixtures.ts'
import { initCoursesI18n, renderCourses } from '../testing/render-courses.tsx'
import { phasesOf, tick } from './breathing-timer.ts'

initCoursesI18n()

const COURSE = `GET /api/v1/courses/${COURSE_ID}`
const ANSWERS = `/api/v1/lessons/${EXERCISE_ID}/answers`
const PROGRESS = `PATCH /api/v1/enrollments/${ENROLLMENT_ID}/progress`

function withExercise(exercise: ExerciseDefinition) {
  return detail({
    myEnrollment: enrollment(),
    lessons: [{ ...exerciseLesson, position: 1, exercise }],
  })
}

const savedAnswer = (answer: unknown, shared: boolean) => ({
  status: 201,
  body: {
    id: 'a0a0a0a0-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
    lessonId: EXERCISE_ID,
    courseId: COURSE_ID,
    answer,
    sharedWithPsychologist: shared,
    createdAt: '2026-11-03T08:00:00.000Z',
    updatedAt: '2026-11-03T08:00:00.000Z',
  },
})

const progressAnswer = {
  status: 200,
  body: {
    enrollment: enrollment({ progress: 100 }),
    lesson: {
      lessonId: EXERCISE_ID,
      positionSeconds: 0,
      completed: true,
      completedAt: '2026-11-03T08:00:00.000Z',
      timeSpentSeconds: 5,
      updatedAt: '2026-11-03T08:00:00.000Z',
    },
  },
}

const emptyHistory = { status: 200, body: { items: [], nextCursor: null } }

function renderExercise(exercise: ExerciseDefinition, saved: unknown, shared = false) {
  const api = fakeApi({
    [COURSE]: [{ status: 200, body: withExercise(exercise) }],
    [`GET ${ANSWERS}?limit=5`]: [emptyHistory, emptyHistory],
    [`POST ${ANSWERS}`]: [savedAnswer(saved, shared)],
    [PROGRESS]: [progressAnswer],
  })
  renderCourses(`/courses/${COURSE_ID}/lessons/${EXERCISE_ID}`)
  return api
}

describe('breathing timer', () => {
  it('paces in, hold, out and rest, leaving out phases of 0 seconds', () => {
    const steps = phasesOf({
      inhaleSeconds: 2,
      holdSeconds: 0,
      exhaleSeconds: 1,
      restSeconds: 0,
      cycles: 2,
    })
    expect(steps.map((step) => step.phase)).toEqual(['inhale', 'exhale'])
    let position = { cycle: 1, index: 0, remaining: 2, cyclesCompleted: 0, finished: false }
    const seen: string[] = []
    while (!position.finished) {
      seen.push(`${position.cycle}:${steps[position.index]?.phase}:${position.remaining}`)
      position = tick(position, steps, 2)
    }
    expect(seen).toEqual([
      '1:inhale:2',
      '1:inhale:1',
      '1:exhale:1',
      '2:inhale:2',
      '2:inhale:1',
      '2:exhale:1',
    ])
    expect(position.cyclesCompleted).toBe(2)
  })
})

describe('ExerciseLesson', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    // Unmounted first: a lesson sends its last report as it closes, to the fake API still.
    cleanup()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('breathing: says each phase in words for screen readers, then saves the rounds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const exercise = {
      kind: 'breathing',
      inhaleSeconds: 2,
      holdSeconds: 1,
      exhaleSeconds: 2,
      restSeconds: 0,
      cycles: 1,
    } as const
    const api = renderExercise(exercise, { kind: 'breathing', cyclesCompleted: 1, calmBefore: 3 })
    await screen.findByRole('heading', { name: 'تنفس راهنما' })
    fireEvent.click(screen.getByRole('radio', { name: '۳' }))
    fireEvent.click(screen.getByRole('button', { name: 'شروع' }))
    const cue = () => document.querySelector('[aria-live="assertive"]')?.textContent
    expect(cue()).toBe('دم، ۲ ثانیه')
    await act(() => vi.advanceTimersByTimeAsync(2000))
    expect(cue()).toBe('نگه دارید، ۱ ثانیه')
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(cue()).toBe('بازدم، ۲ ثانیه')
    await act(() => vi.advanceTimersByTimeAsync(2000))
    expect(await screen.findByText('آفرین. ۱ دور تنفس را کامل کردید.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ پاسخ' }))
    await screen.findByText('پاسخ شما ذخیره شد.')
    expect(api.bodiesSentTo(`POST ${ANSWERS}`)).toEqual([
      {
        answer: { kind: 'breathing', cyclesCompleted: 1, calmBefore: 3 },
        sharedWithPsychologist: false,
      },
    ])
    await waitFor(() => expect(api.bodiesSentTo(PROGRESS)[0]).toMatchObject({ completed: true }))
  })

  it('thought record: asks for what is needed, keeps it private unless shared, and completes the lesson', async () => {
    const exercise: ExerciseDefinition = { kind: 'thought_record', emotions: ['اضطراب', 'غم'] }
    const answer = {
      kind: 'thought_record',
      situation: 'جلسهٔ کاری',
      automaticThought: 'همه فکر می‌کنند من بی‌عرضه‌ام',
      emotion: 'اضطراب',
      intensityBefore: 80,
      evidenceFor: '',
      evidenceAgainst: 'هفتهٔ پیش از کارم تعریف کرد',
      balancedThought: 'شاید او نگران چیز دیگری بود',
      intensityAfter: 45,
    }
    const api = renderExercise(exercise, answer, true)
    await screen.findByRole('heading', { name: 'ثبت افکار' })
    // The crisis lines are on screen wherever thoughts are written down.
    expect(screen.getByText(/اورژانس اجتماعی ۱۲۳/)).toBeTruthy()
    const share = screen.getByRole('switch', { name: 'این پاسخ را روان‌شناسم ببیند' })
    expect((share as HTMLInputElement).checked).toBe(false)

    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ پاسخ' }))
    expect(await screen.findAllByText('این بخش را پر کنید.')).toHaveLength(3)
    expect(api.bodiesSentTo(`POST ${ANSWERS}`)).toEqual([])

    await userEvent.type(screen.getByLabelText('موقعیت'), answer.situation)
    await userEvent.type(screen.getByLabelText('فکر خودآیند'), answer.automaticThought)
    await userEvent.click(screen.getByRole('button', { name: 'اضطراب' }))
    fireEvent.change(screen.getByLabelText('شدت احساس: ۵۰ از ۱۰۰'), { target: { value: '80' } })
    await userEvent.type(screen.getByLabelText('شواهد مخالف این فکر'), answer.evidenceAgainst)
    await userEvent.type(screen.getByLabelText('فکر متعادل'), answer.balancedThought)
    fireEvent.change(screen.getByLabelText('شدت احساس پس از فکر متعادل: ۵۰ از ۱۰۰'), {
      target: { value: '45' },
    })
    await userEvent.click(share)
    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ پاسخ' }))
    await screen.findByText('پاسخ شما ذخیره شد و روان‌شناستان آن را می‌بیند.')
    expect(api.bodiesSentTo(`POST ${ANSWERS}`)).toEqual([{ answer, sharedWithPsychologist: true }])
    await waitFor(() => expect(api.bodiesSentTo(PROGRESS)).toHaveLength(1))
  })

  it('mood check-in: a mood is needed; factors and a note go with it', async () => {
    const exercise: ExerciseDefinition = { kind: 'mood_checkin', factors: ['خواب', 'کار'] }
    const api = renderExercise(exercise, { kind: 'mood_checkin', mood: 4, factors: ['خواب'] })
    await screen.findByRole('heading', { level: 2, name: 'حال امروز' })
    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ پاسخ' }))
    expect(await screen.findByText('حالتان را انتخاب کنید.')).toBeTruthy()
    await userEvent.click(screen.getByRole('radio', { name: 'خوب' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'خواب' }))
    await userEvent.type(screen.getByLabelText('یادداشت (اختیاری)'), ' کمی خسته ')
    await userEvent.click(screen.getByRole('button', { name: 'ذخیرهٔ پاسخ' }))
    await screen.findByText('پاسخ شما ذخیره شد.')
    expect(api.bodiesSentTo(`POST ${ANSWERS}`)).toEqual([
      {
        answer: { kind: 'mood_checkin', mood: 4, factors: ['خواب'], note: 'کمی خسته' },
        sharedWithPsychologist: false,
      },
    ])
  })
})
