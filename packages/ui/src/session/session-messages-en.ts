import type { sessionMessagesFa } from './session-messages-fa.ts'

export const sessionMessagesEn: typeof sessionMessagesFa = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  totpSetup: {
    title: 'Set up two-step sign-in first',
    body: 'Staff accounts enrol an authenticator app before anything else. It takes about a minute.',
    action: 'Set up two-step sign-in',
  },
}
