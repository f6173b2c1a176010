import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { dashboardMessagesEn } from '../dashboard-messages-en.ts'
import { dashboardMessagesFa } from '../dashboard-messages-fa.ts'

initTestI18n({ fa: { dashboard: dashboardMessagesFa }, en: { dashboard: dashboardMessagesEn } })

export { fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
