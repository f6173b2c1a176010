import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { auditLogMessagesEn } from '../audit-log-messages-en.ts'
import { auditLogMessagesFa } from '../audit-log-messages-fa.ts'

initTestI18n({ fa: { auditLog: auditLogMessagesFa }, en: { auditLog: auditLogMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
