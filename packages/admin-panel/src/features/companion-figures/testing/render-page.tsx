import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { companionFiguresMessagesEn } from '../companion-figures-messages-en.ts'
import { companionFiguresMessagesFa } from '../companion-figures-messages-fa.ts'

initTestI18n({
  fa: { companionFigures: companionFiguresMessagesFa },
  en: { companionFigures: companionFiguresMessagesEn },
})

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
