import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Courses, in both languages. */
export const COURSES_ERROR_MESSAGES = {
  PAYMENT_REQUIRED: {
    fa: 'این دوره رایگان نیست؛ برای شروع آن ابتدا هزینه‌اش را بپردازید.',
    en: 'This course is not free; pay for it first to start it.',
  },
  COURSE_NOT_FOR_SALE: {
    fa: 'این دوره رایگان است یا پیش‌تر آن را تهیه کرده‌اید؛ پرداختی لازم نیست.',
    en: 'This course is free or already yours; there is nothing to pay.',
  },
  NOT_ENROLLED: {
    fa: 'ابتدا در این دوره ثبت‌نام کنید.',
    en: 'Enrol in this course first.',
  },
  LESSON_NOT_IN_COURSE: {
    fa: 'این درس از این دوره نیست.',
    en: 'This lesson is not part of this course.',
  },
  LESSON_ORDER_MISMATCH: {
    fa: 'ترتیب جدید باید همهٔ درس‌های این دوره را یک‌بار داشته باشد.',
    en: 'The new order must list every lesson of this course exactly once.',
  },
  COURSE_NOT_PUBLISHABLE: {
    fa: 'این دوره هنوز آمادهٔ انتشار نیست؛ هر دوره دست‌کم یک درس کامل لازم دارد.',
    en: 'This course is not ready to publish; it needs at least one complete lesson.',
  },
  MARKDOWN_UNSAFE: {
    fa: 'متن شامل HTML، پیوند ناامن یا تصویری از بیرون یکتایار است؛ آن‌ها را بردارید.',
    en: 'The text contains HTML, an unsafe link or an image from outside YektaYar; remove them.',
  },
  REVIEWER_INVALID: {
    fa: 'بازبین باید روان‌شناس یا مدیر فعال باشد.',
    en: 'The reviewer must be an active psychologist or administrator.',
  },
  LESSON_FIELD_MISMATCH: {
    fa: 'این ویژگی برای این نوع درس نیست.',
    en: 'This field does not belong to this kind of lesson.',
  },
  EXERCISE_ANSWER_MISMATCH: {
    fa: 'این پاسخ با تمرین این درس جور نیست.',
    en: 'This answer does not match the exercise of this lesson.',
  },
} satisfies Record<string, ErrorText>
