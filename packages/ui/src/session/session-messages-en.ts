import type { sessionMessagesFa } from './session-messages-fa.ts'

export const sessionMessagesEn: typeof sessionMessagesFa = {
  signIn: 'Sign in',
  signOut: 'Sign out',
}
