import { addAppMessages } from '../../shared/lazy-messages.ts'
import { availabilityMessagesEn } from './availability-messages-en.ts'
import { availabilityMessagesFa } from './availability-messages-fa.ts'

/**
 * The page's strings, under `app.availability`, added when its page module loads: only psychologists open it, so they stay
 * out of the first screen's `app` bundle (its JS budget).
 */
export function addAvailabilityMessages(): void {
  addAppMessages('availability', { fa: availabilityMessagesFa, en: availabilityMessagesEn })
}
