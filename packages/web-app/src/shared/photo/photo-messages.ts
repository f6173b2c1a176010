import { i18n, useTranslation } from '@yektayar/ui'
import { photoMessagesEn } from './photo-messages-en.ts'
import { photoMessagesFa } from './photo-messages-fa.ts'

const NS = 'photo'

/**
 * The editor's strings in both languages, added when it first shows: they stay out of the
 * first screen's `app` bundle (its JS budget), and being small, both come at once, so switching
 * language never waits for them.
 */
export function usePhotoTranslation() {
  if (!i18n.hasResourceBundle('fa', NS)) {
    i18n.addResourceBundle('fa', NS, photoMessagesFa)
    i18n.addResourceBundle('en', NS, photoMessagesEn)
  }
  return useTranslation(NS)
}
