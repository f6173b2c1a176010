import type { authMessagesFa } from './auth-messages-fa.ts'

export const authMessagesEn: typeof authMessagesFa = {
  pageTitle: 'Sign in — YektaYar',
  title: 'Sign in to YektaYar',
  lead: 'No password needed; we will send you a one-time code.',
  codeTitle: 'Enter your sign-in code',
  password: {
    switch: 'Sign in with a password instead',
    lead: 'If you set a password in Settings, sign in with it.',
    label: 'Password',
    required: 'Enter your password.',
    submit: 'Sign in',
    useCode: 'Sign in with a one-time code instead',
  },
  secondFactor: {
    title: 'Two-step sign-in',
    lead: 'Enter the 6-digit code from your authenticator app.',
    label: 'App code or recovery code',
    hint: 'If your phone is not at hand, enter one of your recovery codes.',
    invalid: 'Enter the 6-digit app code or a recovery code.',
    submit: 'Confirm and sign in',
    cancel: 'Start again',
  },
}
