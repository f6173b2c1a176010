import { addAppMessages } from '../lazy-messages.ts'
import { assessmentCareMessagesEn } from './assessment-care-messages-en.ts'
import { assessmentCareMessagesFa } from './assessment-care-messages-fa.ts'

/** The section's strings, under `app.assessmentCare`: only psychologists open it. */
export function addAssessmentCareMessages(): void {
  addAppMessages('assessmentCare', { fa: assessmentCareMessagesFa, en: assessmentCareMessagesEn })
}
