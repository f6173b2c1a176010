import { addAppMessages } from '../../shared/lazy-messages.ts'
import { practiceProfileMessagesEn } from './practice-profile-messages-en.ts'
import { practiceProfileMessagesFa } from './practice-profile-messages-fa.ts'

/**
 * The editor's strings, under `app.practiceProfile`, added when its page module loads: only
 * psychologists open it, so they stay out of the first screen's `app` bundle.
 */
export function addPracticeProfileMessages(): void {
  addAppMessages('practiceProfile', {
    fa: practiceProfileMessagesFa,
    en: practiceProfileMessagesEn,
  })
}
