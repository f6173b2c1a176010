import { addAppMessages } from '../../shared/lazy-messages.ts'
import { addAlertMessages } from '../../shared/safety/alert-messages.ts'
import { safetyQueueMessagesEn } from './safety-queue-messages-en.ts'
import { safetyQueueMessagesFa } from './safety-queue-messages-fa.ts'

/** The queue's strings, under `app.safetyQueue`, with the alerts' own: on-call staff only. */
export function addSafetyQueueMessages(): void {
  addAlertMessages()
  addAppMessages('safetyQueue', { fa: safetyQueueMessagesFa, en: safetyQueueMessagesEn })
}
