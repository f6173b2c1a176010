import type { commonMessagesFa } from './common-messages-fa.ts'

export const commonMessagesEn: typeof commonMessagesFa = {
  unnamed: 'No name given',
  appointmentStatuses: {
    pending: 'Awaiting payment',
    confirmed: 'Confirmed',
    completed: 'Completed',
    cancelled: 'Cancelled',
    no_show: 'No-show',
  },
  sessionModes: { video: 'Video', phone: 'Phone', in_person: 'In person', text: 'Text' },
  profile: {
    firstName: 'First name',
    lastName: 'Last name',
    nickname: 'Nickname (optional)',
    nicknameHint: 'What you would like to be called.',
    discreetMode: 'Discreet mode',
    discreetModeHint:
      'When on, psychologists and staff see your nickname instead of your real name.',
    errors: {
      firstNameRequired: 'Enter your first name.',
      lastNameRequired: 'Enter your last name.',
      nicknameRequired: 'Enter a nickname to use discreet mode.',
      tooLong: 'At most 100 characters.',
    },
  },
  languageLabel: 'Language',
}
