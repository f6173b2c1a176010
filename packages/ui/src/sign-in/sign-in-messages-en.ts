import type { signInMessagesFa } from './sign-in-messages-fa.ts'

export const signInMessagesEn: typeof signInMessagesFa = {
  identifierLabel: 'Mobile number or email',
  identifierHint: 'For example 09123456789 or name@example.com',
  identifierRequired: 'Enter your mobile number or email.',
  sendCode: 'Send me a sign-in code',
  codeTitle: 'Enter your sign-in code',
  codeSentTo: 'We sent a sign-in code to {{identifier}}.',
  codeLabel: '6-digit code',
  codeIncomplete: 'Enter all 6 digits of the code.',
  verify: 'Sign in',
  resend: 'Resend code',
  resendIn: 'Resend code in {{seconds, number}} s',
  changeIdentifier: 'Use a different number or email',
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
