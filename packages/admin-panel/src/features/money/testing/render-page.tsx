import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { moneyMessagesEn } from '../money-messages-en.ts'
import { moneyMessagesFa } from '../money-messages-fa.ts'

initTestI18n({ fa: { money: moneyMessagesFa }, en: { money: moneyMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
