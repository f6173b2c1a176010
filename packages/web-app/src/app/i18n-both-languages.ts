import { initI18n } from '@yektayar/ui'
import { appMessagesEn } from './app-messages-en.ts'
import { appMessagesFa } from './app-messages-fa.ts'

/** Both languages at once, for tests that switch language without waiting for a chunk. */
export function initAppI18n() {
  return initI18n({ fa: appMessagesFa, en: appMessagesEn })
}
