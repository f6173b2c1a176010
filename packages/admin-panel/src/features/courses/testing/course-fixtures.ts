import type { CourseDetail, CourseFigures, Lesson } from '@yektayar/shared/types'

export const COURSE_ID = '11111111-1111-4111-8111-111111111111'

const lessonId = (n: number) => `22222222-2222-4222-8222-${String(n).padStart(12, '0')}`

/** A lesson of the test course; `n` is its position and the end of its id. */
export function lesson(n: number, fields: Partial<Lesson> = {}): Lesson {
  return {
    id: lessonId(n),
    courseId: COURSE_ID,
    position: n,
    kind: 'article',
    title: `درس ${n}`,
    titleEn: `Lesson ${n}`,
    durationSeconds: 300,
    body: 'متن درس',
    video: null,
    captions: null,
    exercise: null,
    myProgress: null,
    ...fields,
  }
}

/** The course "Better sleep" with the lessons given, unpublished unless told. */
export function course(fields: Partial<CourseDetail> = {}): CourseDetail {
  const lessons = fields.lessons ?? [lesson(1), lesson(2), lesson(3)]
  return {
    id: COURSE_ID,
    title: 'خواب بهتر',
    titleEn: 'Better sleep',
    description: 'چند گام ساده برای خوابی آرام‌تر',
    descriptionEn: 'A few simple steps to calmer sleep',
    thumbnailUrl: null,
    contentType: 'article',
    difficulty: 'beginner',
    durationMinutes: 15,
    tags: ['sleep'],
    priceIrr: 0,
    lessonCount: lessons.length,
    isPublished: false,
    publishedAt: null,
    myEnrollment: null,
    author: null,
    reviewer: null,
    locked: false,
    resume: null,
    ...fields,
    lessons,
  }
}

export function figures(fields: Partial<CourseFigures> = {}): CourseFigures {
  return {
    courseId: COURSE_ID,
    enrolments: 42,
    completions: 7,
    averageProgress: 38.5,
    byWeek: Array.from({ length: 12 }, (_, index) => ({
      weekStart: new Date(Date.UTC(2026, 8, 5 + 7 * index)).toISOString().slice(0, 10),
      enrolments: index,
      completions: Math.floor(index / 3),
    })),
    ...fields,
  }
}

export const problem = (status: number, code: string) => ({
  status,
  body: { type: 'about:blank', title: code, status, code },
})
