import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { cliniciansMessagesEn } from '../clinicians-messages-en.ts'
import { cliniciansMessagesFa } from '../clinicians-messages-fa.ts'

initTestI18n({ fa: { clinicians: cliniciansMessagesFa }, en: { clinicians: cliniciansMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
