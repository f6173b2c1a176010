import { i18n } from '@yektayar/ui'
import { practiceProfileMessagesEn } from './practice-profile-messages-en.ts'
import { practiceProfileMessagesFa } from './practice-profile-messages-fa.ts'

const MESSAGES = { fa: practiceProfileMessagesFa, en: practiceProfileMessagesEn }

/** Into a language's `app` bundle once that bundle is there, and only once. */
function addTo(language: keyof typeof MESSAGES) {
  if (!i18n.hasResourceBundle(language, 'app')) return
  // getResource, not exists: exists() would find the Persian string through the fallback.
  if (i18n.getResource(language, 'app', 'practiceProfile.title') !== undefined) return
  i18n.addResourceBundle(language, 'app', { practiceProfile: MESSAGES[language] }, true, true)
}

let watching = false

/**
 * The editor's strings, under `app.practiceProfile` as its components read them, added when its
 * page module loads: only psychologists open it, so they stay out of the first screen's `app`
 * bundle (its JS budget). A language whose bundle is not loaded yet gets them once it loads
 * (a switch): adding them earlier would make i18next take the partial bundle for the whole.
 */
export function addPracticeProfileMessages(): void {
  addTo('fa')
  addTo('en')
  if (watching) return
  watching = true
  i18n.on('loaded', () => {
    addTo('fa')
    addTo('en')
  })
}
