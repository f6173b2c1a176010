import { addAssessmentErrorMessages } from '@yektayar/ui'
import { addAppMessages } from '../../shared/lazy-messages.ts'
import { assessmentsMessagesEn } from './assessments-messages-en.ts'
import { assessmentsMessagesFa } from './assessments-messages-fa.ts'

/**
 * The assessment pages' strings, under `app.assessments`, added when one of its pages loads
 * (out of the first screen's bundle), with the sentences for assessments' error codes.
 */
export function addAssessmentsMessages(): void {
  addAppMessages('assessments', { fa: assessmentsMessagesFa, en: assessmentsMessagesEn })
  addAssessmentErrorMessages()
}
