import type { i18n as I18n } from 'i18next'
import { type AppMessages, initI18nWith } from './init-i18n.ts'
import { uiMessagesEn } from './ui-messages-en.ts'

/** Both languages bundled: the admin panel and tests, where every string may be needed at once. */
export function initI18n(appMessages: AppMessages): I18n {
  return initI18nWith(appMessages, uiMessagesEn)
}
