import type { authMessagesFa } from './auth-messages-fa.ts'

export const authMessagesEn: typeof authMessagesFa = {
  pageTitle: 'Sign in — YektaYar admin',
  title: 'Sign in to the admin panel',
  lead: 'Use your work mobile number or email; we will send you a one-time code.',
  codeTitle: 'Enter your sign-in code',
}
