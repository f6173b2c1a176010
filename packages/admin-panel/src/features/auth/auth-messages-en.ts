import type { authMessagesFa } from './auth-messages-fa.ts'

export const authMessagesEn: typeof authMessagesFa = {
  pageTitle: 'Sign in — YektaYar admin',
  title: 'Sign in to the admin panel',
  lead: 'Use your work mobile number or email; we will send you a one-time code.',
  noAccess: {
    pageTitle: 'No access — YektaYar admin',
    title: 'This account has no access to the admin panel',
    body: 'The admin panel is for YektaYar staff only. If you think you should have access, ask a system administrator; otherwise sign out and use the YektaYar app.',
  },
}
