import type { CourseErrorCode } from './error-messages.ts'
import { i18n } from './init-i18n.ts'
import type { Language } from './language.ts'

/**
 * The sentences for courses' error codes. They live apart from the other error texts, which
 * every first screen loads in both languages: only the courses pages (and the admin panel's
 * authoring) meet these codes, and they add them with `addCourseErrorMessages`.
 */
const COURSE_ERROR_MESSAGES: Record<Language, Record<CourseErrorCode, string>> = {
  fa: {
    PAYMENT_REQUIRED: 'این دوره رایگان نیست؛ برای شروع آن ابتدا هزینه‌اش را بپردازید.',
    COURSE_NOT_FOR_SALE: 'این دوره رایگان است یا پیش‌تر آن را تهیه کرده‌اید.',
    NOT_ENROLLED: 'ابتدا در این دوره ثبت‌نام کنید.',
    LESSON_NOT_IN_COURSE: 'این درس از این دوره نیست.',
    LESSON_ORDER_MISMATCH: 'ترتیب جدید باید همهٔ درس‌های این دوره را یک‌بار داشته باشد.',
    COURSE_NOT_PUBLISHABLE: 'این دوره هنوز آمادهٔ انتشار نیست؛ دست‌کم یک درس کامل لازم است.',
    MARKDOWN_UNSAFE: 'متن شامل HTML، پیوند ناامن یا تصویری از بیرون یکتایار است.',
    REVIEWER_INVALID: 'بازبین باید روان‌شناس یا مدیر فعال باشد.',
    LESSON_FIELD_MISMATCH: 'این ویژگی برای این نوع درس نیست.',
    EXERCISE_ANSWER_MISMATCH: 'این پاسخ با تمرین این درس جور نیست.',
  },
  en: {
    PAYMENT_REQUIRED: 'This course is not free; pay for it first to start it.',
    COURSE_NOT_FOR_SALE: 'This course is free or already yours.',
    NOT_ENROLLED: 'Enrol in this course first.',
    LESSON_NOT_IN_COURSE: 'This lesson is not part of this course.',
    LESSON_ORDER_MISMATCH: 'The new order must list every lesson of this course exactly once.',
    COURSE_NOT_PUBLISHABLE:
      'This course is not ready to publish; it needs at least one complete lesson.',
    MARKDOWN_UNSAFE: 'The text contains HTML, an unsafe link or an image from outside YektaYar.',
    REVIEWER_INVALID: 'The reviewer must be an active psychologist or administrator.',
    LESSON_FIELD_MISMATCH: 'This field does not belong to this kind of lesson.',
    EXERCISE_ANSWER_MISMATCH: 'This answer does not match the exercise of this lesson.',
  },
}

/** Adds the courses' error sentences to the `ui` namespace, once, in both languages. */
export function addCourseErrorMessages(): void {
  for (const language of ['fa', 'en'] as const) {
    if (!i18n.hasResourceBundle(language, 'ui')) continue
    if (i18n.getResource(language, 'ui', 'errors.PAYMENT_REQUIRED') !== undefined) continue
    i18n.addResourceBundle(language, 'ui', { errors: COURSE_ERROR_MESSAGES[language] }, true, true)
  }
}
