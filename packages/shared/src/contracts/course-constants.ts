// Courses' vocabulary without zod, so front ends can import the values (issue 17).

/** The seed's `courses.content_type`: the course's main format, chosen by its author. */
export const COURSE_CONTENT_TYPES = ['video', 'article', 'interactive'] as const
export type CourseContentType = (typeof COURSE_CONTENT_TYPES)[number]

/** The seed's `courses.difficulty`. */
export const COURSE_DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const
export type CourseDifficulty = (typeof COURSE_DIFFICULTIES)[number]

export const LESSON_KINDS = ['video', 'article', 'exercise'] as const
export type LessonKind = (typeof LESSON_KINDS)[number]

/** Interactive exercises are data: a kind and its settings (exercises.ts). */
export const EXERCISE_KINDS = ['breathing', 'thought_record', 'mood_checkin'] as const
export type ExerciseKind = (typeof EXERCISE_KINDS)[number]

/** `GET /enrollments/me?status=`: unfinished, finished, or both. */
export const ENROLLMENT_STATUSES = ['active', 'completed', 'all'] as const
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number]

/** `GET /courses?price=`: free courses (0 rials) or priced ones. */
export const COURSE_PRICE_FILTERS = ['free', 'paid'] as const

/**
 * A video lesson counts as complete once the furthest position reached is this share of its
 * length (Open edX's rule); the server applies it to every progress update.
 */
export const VIDEO_COMPLETE_RATIO = 0.95

/**
 * An article counts as read after this many seconds on screen (Open edX counts a text after a
 * few seconds). The client times it and reports `completed: true`; the server cannot see a screen.
 */
export const ARTICLE_READ_SECONDS = 5

export const MAX_LESSONS_PER_COURSE = 100
export const MAX_COURSE_TAGS = 10
/** Longest article body, in characters: a long article is several lessons. */
export const MAX_ARTICLE_LENGTH = 50_000
/** Longest lesson, in seconds (two hours). */
export const MAX_LESSON_SECONDS = 7_200
