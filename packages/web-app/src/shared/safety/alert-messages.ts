import { addAppMessages } from '../lazy-messages.ts'
import { alertMessagesEn } from './alert-messages-en.ts'
import { alertMessagesFa } from './alert-messages-fa.ts'

/** Alerts' strings, under `app.safetyAlerts`: only staff and psychologists read them. */
export function addAlertMessages(): void {
  addAppMessages('safetyAlerts', { fa: alertMessagesFa, en: alertMessagesEn })
}
