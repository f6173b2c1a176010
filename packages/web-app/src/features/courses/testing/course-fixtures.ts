import type { CourseDetail, CourseSummary, Lesson } from '@yektayar/shared/types'

export const COURSE_ID = '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21'
export const ENROLLMENT_ID = '6d3b2c1e-5f40-4b7c-8d9e-8f7a6b5c4d32'
export const VIDEO_ID = '7d1f0c9a-3b2e-4f5d-8a6c-1e2d3c4b5a69'
export const ARTICLE_ID = '8e2a1d0b-4c3f-4a6e-9b7d-2f3e4d5c6b7a'
export const EXERCISE_ID = '9f3b2e1c-5d4a-4b7f-8c8e-3a4f5e6d7c8b'

const lesson = (overrides: Partial<Lesson> & Pick<Lesson, 'id' | 'kind'>): Lesson => ({
  courseId: COURSE_ID,
  position: 1,
  title: 'درس',
  titleEn: null,
  durationSeconds: 120,
  body: null,
  video: null,
  captions: null,
  exercise: null,
  myProgress: null,
  ...overrides,
})

export const videoLesson = lesson({
  id: VIDEO_ID,
  kind: 'video',
  position: 1,
  title: 'تنفس جعبه‌ای',
  durationSeconds: 100,
  video: {
    fileId: '0b0e5a4e-2a4b-4c3d-9e8f-7a6b5c4d3e2f',
    url: '/api/v1/files/0b0e5a4e-2a4b-4c3d-9e8f-7a6b5c4d3e2f',
  },
  captions: {
    fileId: '1c1f6b5f-3b5c-4d4e-8f9a-8b7c6d5e4f3a',
    url: '/api/v1/files/1c1f6b5f-3b5c-4d4e-8f9a-8b7c6d5e4f3a',
  },
})

export const articleLesson = lesson({
  id: ARTICLE_ID,
  kind: 'article',
  position: 2,
  title: 'بهداشت خواب',
  body: '## چرا خواب؟\n\nخواب **کافی** حال را بهتر می‌کند.',
})

export const exerciseLesson = lesson({
  id: EXERCISE_ID,
  kind: 'exercise',
  position: 3,
  title: 'حال امروز',
  exercise: { kind: 'mood_checkin', factors: ['خواب', 'کار'] },
})

export const summary = (overrides: Partial<CourseSummary> = {}): CourseSummary => ({
  id: COURSE_ID,
  title: 'خواب بهتر',
  titleEn: 'Better sleep',
  description: 'چند گام ساده برای خوابی آرام‌تر',
  descriptionEn: 'A few simple steps to calmer sleep',
  thumbnailUrl: null,
  contentType: 'article',
  difficulty: 'beginner',
  durationMinutes: 25,
  tags: ['sleep'],
  priceIrr: 0,
  lessonCount: 3,
  isPublished: true,
  publishedAt: '2026-11-01T08:00:00.000Z',
  myEnrollment: null,
  ...overrides,
})

export const enrollment = (overrides: Partial<NonNullable<CourseDetail['myEnrollment']>> = {}) => ({
  id: ENROLLMENT_ID,
  courseId: COURSE_ID,
  progress: 0,
  startedAt: '2026-11-02T08:00:00.000Z',
  completedAt: null,
  lastActivityAt: '2026-11-02T08:00:00.000Z',
  lastLessonId: null,
  sharedWithPsychologist: false,
  ...overrides,
})

export const detail = (overrides: Partial<CourseDetail> = {}): CourseDetail => ({
  ...summary(),
  author: {
    id: '2d2a7c6a-4c6d-4e5f-9a0b-9c8d7e6f5a4b',
    name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' },
  },
  reviewer: null,
  locked: false,
  lessons: [videoLesson, articleLesson, exerciseLesson],
  myEnrollment: null,
  resume: null,
  ...overrides,
})
