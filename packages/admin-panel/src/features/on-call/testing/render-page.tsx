import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { onCallMessagesEn } from '../on-call-messages-en.ts'
import { onCallMessagesFa } from '../on-call-messages-fa.ts'

initTestI18n({ fa: { onCall: onCallMessagesFa }, en: { onCall: onCallMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
