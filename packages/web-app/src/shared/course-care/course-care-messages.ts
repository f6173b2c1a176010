import { addAppMessages } from '../lazy-messages.ts'
import { courseCareMessagesEn } from './course-care-messages-en.ts'
import { courseCareMessagesFa } from './course-care-messages-fa.ts'

/** The section's strings, under `app.courseCare`: only psychologists open it. */
export function addCourseCareMessages(): void {
  addAppMessages('courseCare', { fa: courseCareMessagesFa, en: courseCareMessagesEn })
}
