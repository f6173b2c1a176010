import type { authMessagesFa } from './auth-messages-fa.ts'

export const authMessagesEn: typeof authMessagesFa = {
  pageTitle: 'Sign in — YektaYar',
  title: 'Sign in to YektaYar',
  lead: 'No password needed; we will send you a one-time code.',
}
