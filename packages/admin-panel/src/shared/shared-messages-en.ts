import type { sharedMessagesFa } from './shared-messages-fa.ts'

export const sharedMessagesEn: typeof sharedMessagesFa = {
  noPermission: {
    title: 'No access',
    body: 'This section needs the “{{permission}}” permission. Ask an administrator to grant it.',
  },
  dialog: {
    close: 'Close',
  },
  dayField: {
    pick: 'Pick “{{label}}” on the calendar',
    calendar: 'Choose the day for “{{label}}”',
    choosable: 'choosable',
  },
}
