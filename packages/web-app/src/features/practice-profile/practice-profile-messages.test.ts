import { i18n, initI18nLazily } from '@yektayar/ui'
import { beforeAll, describe, expect, it } from 'vitest'
import { appMessagesEn } from '../../app/app-messages-en.ts'
import { appMessagesFa } from '../../app/app-messages-fa.ts'
import { addPracticeProfileMessages } from './practice-profile-messages.ts'
import { practiceProfileMessagesEn } from './practice-profile-messages-en.ts'
import { practiceProfileMessagesFa } from './practice-profile-messages-fa.ts'

describe('the practice editor’s strings, outside the first-screen bundle', () => {
  beforeAll(async () => {
    localStorage.clear()
    // As the page starts: Persian only; English is fetched on the first switch.
    await initI18nLazily(async (language) => (language === 'fa' ? appMessagesFa : appMessagesEn))
  })

  it('are not in the app bundle until the editor adds them', () => {
    expect(i18n.getResource('fa', 'app', 'practiceProfile.title')).toBeUndefined()
    addPracticeProfileMessages()
    expect(i18n.t('practiceProfile.title')).toBe(practiceProfileMessagesFa.title)
    // The rest of the Persian bundle is untouched.
    expect(i18n.t('shell.tagline')).toBe(appMessagesFa.shell.tagline)
  })

  it('join a language loaded later whole, not as a partial bundle that blocks its loading', async () => {
    expect(i18n.hasResourceBundle('en', 'app')).toBe(false)
    await i18n.changeLanguage('en')
    expect(i18n.t('practiceProfile.title')).toBe(practiceProfileMessagesEn.title)
    expect(i18n.t('shell.tagline')).toBe(appMessagesEn.shell.tagline)
  })
})
