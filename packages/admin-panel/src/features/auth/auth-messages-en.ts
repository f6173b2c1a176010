import type { authMessagesFa } from './auth-messages-fa.ts'

export const authMessagesEn: typeof authMessagesFa = {
  pageTitle: 'Sign in — YektaYar admin',
  title: 'Sign in to the admin panel',
  lead: 'Use your work mobile number or email; we will send you a one-time code.',
  everywhere: 'Sign out everywhere',
  idleLead: 'You were signed out after a long idle time. Please sign in again.',
  idle: {
    title: 'Still there?',
    body: 'You will be signed out in two minutes because the panel has been idle.',
    stay: 'Stay signed in',
  },
  noAccess: {
    pageTitle: 'No access — YektaYar admin',
    title: 'This account has no access to the admin panel',
    body: 'The admin panel is for YektaYar staff only. If you think you should have access, ask a system administrator; otherwise sign out and use the YektaYar app.',
  },
}
