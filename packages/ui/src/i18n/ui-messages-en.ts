import { errorMessagesEn } from './error-messages-en.ts'
import type { uiMessagesFa } from './ui-messages-fa.ts'

type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> }

/** English strings of the shared components; typed against fa so no key is forgotten. */
export const uiMessagesEn: MessageTree<typeof uiMessagesFa> = {
  language: {
    other: 'فارسی',
  },
  theme: {
    system: 'Theme: match device',
    light: 'Theme: light',
    dark: 'Theme: dark',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
  errors: errorMessagesEn,
  signIn: {
    identifierLabel: 'Mobile number or email',
    identifierHint: 'For example 09123456789 or name@example.com',
    identifierRequired: 'Enter your mobile number or email.',
    sendCode: 'Send me a sign-in code',
    codeSentTo: 'We sent a sign-in code to {{identifier}}.',
    codeLabel: '6-digit code',
    codeIncomplete: 'Enter all 6 digits of the code.',
    verify: 'Sign in',
    resend: 'Resend code',
    resendIn: 'Resend code in {{seconds, number}} s',
    changeIdentifier: 'Use a different number or email',
  },
  calendar: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    hasSlots: 'free times available',
    noSlots: 'no free times',
  },
  slots: {
    none: 'No free times are left on this day.',
  },
}
