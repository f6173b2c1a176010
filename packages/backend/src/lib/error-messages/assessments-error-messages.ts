import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Assessments, in both languages. */
export const ASSESSMENTS_ERROR_MESSAGES = {
  ASSESSMENT_INACTIVE: {
    fa: 'این پرسش‌نامه دیگر ارائه نمی‌شود؛ نتیجه‌های پیشین شما سر جایشان هستند.',
    en: 'This assessment is no longer offered; your past results are still here.',
  },
  ASSESSMENT_ANSWERS_MISSING: {
    fa: 'پیش از فرستادن، به همهٔ پرسش‌ها پاسخ دهید.',
    en: 'Answer every question before submitting.',
  },
  ASSESSMENT_ANSWER_OUT_OF_RANGE: {
    fa: 'پاسخی از گزینه‌های این پرسش نیست.',
    en: 'An answer is not one of the options of its question.',
  },
  ASSESSMENT_ANSWER_UNKNOWN_ITEM: {
    fa: 'پاسخی برای پرسشی است که در این پرسش‌نامه نیست.',
    en: 'An answer is for a question this assessment does not have.',
  },
  ASSESSMENT_ANSWER_DUPLICATED: {
    fa: 'به پرسشی بیش از یک‌بار پاسخ داده شده است.',
    en: 'A question is answered more than once.',
  },
} satisfies Record<string, ErrorText>
