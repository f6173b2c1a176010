import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { coursesMessagesEn } from '../courses-messages-en.ts'
import { coursesMessagesFa } from '../courses-messages-fa.ts'

initTestI18n({ fa: { courses: coursesMessagesFa }, en: { courses: coursesMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
