import { addAppMessages } from '../../shared/lazy-messages.ts'
import { settingsMessagesEn } from './settings-messages-en.ts'
import { settingsMessagesFa } from './settings-messages-fa.ts'

/**
 * The page's strings, under `app.settings`, added when its page module loads: everyone may open it, but not on the first screen, so they stay
 * out of the first screen's `app` bundle (its JS budget).
 */
export function addSettingsMessages(): void {
  addAppMessages('settings', { fa: settingsMessagesFa, en: settingsMessagesEn })
}
