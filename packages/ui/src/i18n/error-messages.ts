import type { ErrorCode } from '@yektayar/shared/types'

/**
 * Codes the client itself produces: a request that never got an answer, and an error we have
 * no text for.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN'

// Keyed by the shared `ErrorCode` union, so a new code fails type checking until both
// languages have a sentence for it.
export type ErrorMessages = Record<
  Exclude<ErrorCode, CourseErrorCode | AssessmentErrorCode> | ClientErrorCode | 'title',
  string
>

/**
 * Courses' codes (issue 17), whose sentences are added with the pages that meet them
 * (course-error-messages.ts) rather than shipped in every first screen.
 */
export type CourseErrorCode = Extract<
  ErrorCode,
  | 'PAYMENT_REQUIRED'
  | 'COURSE_NOT_FOR_SALE'
  | 'NOT_ENROLLED'
  | 'LESSON_NOT_IN_COURSE'
  | 'LESSON_ORDER_MISMATCH'
  | 'COURSE_NOT_PUBLISHABLE'
  | 'MARKDOWN_UNSAFE'
  | 'REVIEWER_INVALID'
  | 'LESSON_FIELD_MISMATCH'
  | 'EXERCISE_ANSWER_MISMATCH'
>

/**
 * Assessments' codes (issue 18), added with the assessment pages that meet them
 * (assessment-error-messages.ts).
 */
export type AssessmentErrorCode = Extract<
  ErrorCode,
  | 'ASSESSMENT_INACTIVE'
  | 'ASSESSMENT_ANSWERS_MISSING'
  | 'ASSESSMENT_ANSWER_OUT_OF_RANGE'
  | 'ASSESSMENT_ANSWER_UNKNOWN_ITEM'
  | 'ASSESSMENT_ANSWER_DUPLICATED'
>
