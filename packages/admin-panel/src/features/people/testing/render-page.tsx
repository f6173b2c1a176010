import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { peopleMessagesEn } from '../people-messages-en.ts'
import { peopleMessagesFa } from '../people-messages-fa.ts'

initTestI18n({ fa: { people: peopleMessagesFa }, en: { people: peopleMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
