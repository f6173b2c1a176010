import { offlineMessagesEn } from '../offline/offline-messages-en.ts'
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
    loadingSlow: 'This is taking longer than usual. Check your connection, or reload the page.',
    loadingOffline:
      'This part has not been opened on this device before, so it needs a connection. It loads by itself once you are back online.',
    reload: 'Reload',
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
  errors: errorMessagesEn,
  signIn: signInMessagesEn,
  session: sessionMessagesEn,
  shell: shellMessagesEn,
  offline: offlineMessagesEn,
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
