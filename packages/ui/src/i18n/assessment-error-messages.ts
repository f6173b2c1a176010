import type { AssessmentErrorCode } from './error-messages.ts'
import { i18n } from './init-i18n.ts'
import type { Language } from './language.ts'

/**
 * The sentences for assessments' error codes, added by the assessment pages with
 * `addAssessmentErrorMessages` rather than shipped in every first screen.
 */
const ASSESSMENT_ERROR_MESSAGES: Record<Language, Record<AssessmentErrorCode, string>> = {
  fa: {
    ASSESSMENT_INACTIVE: 'این پرسش‌نامه دیگر ارائه نمی‌شود؛ نتیجه‌های پیشین شما سر جایشان هستند.',
    ASSESSMENT_ANSWERS_MISSING: 'پیش از فرستادن، به همهٔ پرسش‌ها پاسخ دهید.',
    ASSESSMENT_ANSWER_OUT_OF_RANGE: 'پاسخی از گزینه‌های این پرسش نیست.',
    ASSESSMENT_ANSWER_UNKNOWN_ITEM: 'پاسخی برای پرسشی است که در این پرسش‌نامه نیست.',
    ASSESSMENT_ANSWER_DUPLICATED: 'به پرسشی بیش از یک‌بار پاسخ داده شده است.',
  },
  en: {
    ASSESSMENT_INACTIVE: 'This assessment is no longer offered; your past results are still here.',
    ASSESSMENT_ANSWERS_MISSING: 'Answer every question before submitting.',
    ASSESSMENT_ANSWER_OUT_OF_RANGE: 'An answer is not one of the options of its question.',
    ASSESSMENT_ANSWER_UNKNOWN_ITEM: 'An answer is for a question this assessment does not have.',
    ASSESSMENT_ANSWER_DUPLICATED: 'A question is answered more than once.',
  },
}

/** Adds the assessments' error sentences to the `ui` namespace, once, in both languages. */
export function addAssessmentErrorMessages(): void {
  for (const language of ['fa', 'en'] as const) {
    if (!i18n.hasResourceBundle(language, 'ui')) continue
    if (i18n.getResource(language, 'ui', 'errors.ASSESSMENT_INACTIVE') !== undefined) continue
    i18n.addResourceBundle(
      language,
      'ui',
      { errors: ASSESSMENT_ERROR_MESSAGES[language] },
      true,
      true,
    )
  }
}
