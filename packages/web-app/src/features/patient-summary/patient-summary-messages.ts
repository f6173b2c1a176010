import { addAppMessages } from '../../shared/lazy-messages.ts'
import { patientSummaryMessagesEn } from './patient-summary-messages-en.ts'
import { patientSummaryMessagesFa } from './patient-summary-messages-fa.ts'

/** The page's strings, under `app.patientSummary`: only psychologists open it. */
export function addPatientSummaryMessages(): void {
  addAppMessages('patientSummary', { fa: patientSummaryMessagesFa, en: patientSummaryMessagesEn })
}
