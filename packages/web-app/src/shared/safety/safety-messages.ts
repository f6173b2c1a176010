import { addAppMessages } from '../lazy-messages.ts'
import { safetyMessagesEn } from './safety-messages-en.ts'
import { safetyMessagesFa } from './safety-messages-fa.ts'

/** The card's, the resources' and the plan's strings, under `app.safety`. */
export function addSafetyMessages(): void {
  addAppMessages('safety', { fa: safetyMessagesFa, en: safetyMessagesEn })
}
