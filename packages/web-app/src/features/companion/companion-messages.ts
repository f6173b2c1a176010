import { addAppMessages } from '../../shared/lazy-messages.ts'
import { addSafetyMessages } from '../../shared/safety/safety-messages.ts'
import { companionMessagesEn } from './companion-messages-en.ts'
import { companionMessagesFa } from './companion-messages-fa.ts'

/**
 * The companion's strings, under `app.companion`, added when its pages load: they stay out of
 * the first screen's `app` bundle (its JS budget). The safety strings come along, for the
 * crisis lines the disclaimer shows.
 */
export function addCompanionMessages(): void {
  addAppMessages('companion', { fa: companionMessagesFa, en: companionMessagesEn })
  addSafetyMessages()
}
