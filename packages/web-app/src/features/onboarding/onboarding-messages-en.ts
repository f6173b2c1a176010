import type { onboardingMessagesFa } from './onboarding-messages-fa.ts'

export const onboardingMessagesEn: typeof onboardingMessagesFa = {
  pageTitle: 'Welcome — YektaYar',
  title: 'Welcome to YektaYar',
  lead: 'Tell us a little about yourself to get everything ready. You can change any of it later in Settings.',
  submit: 'Save and continue',
}
