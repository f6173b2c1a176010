import { sessionMessagesEn } from '../session/session-messages-en.ts'
import { shellMessagesEn } from '../shell/shell-messages-en.ts'
import { signInMessagesEn } from '../sign-in/sign-in-messages-en.ts'
import { errorMessagesEn } from './error-messages-en.ts'
import type { uiMessagesFa } from './ui-messages-fa.ts'

type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> }

/** English strings of the shared components; typed against fa so no key is forgotten. */
export const uiMessagesEn: MessageTree<typeof uiMessagesFa> = {
  language: {
    other: 'فارسی',
  },
  theme: {
    dark: 'Dark theme',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
  errors: errorMessagesEn,
  signIn: signInMessagesEn,
  session: sessionMessagesEn,
  shell: shellMessagesEn,
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
