import type { sharedMessagesFa } from './shared-messages-fa.ts'

export const sharedMessagesEn: typeof sharedMessagesFa = {
  noPermission: {
    title: 'No access',
    body: 'This section needs the “{{permission}}” permission. Ask an administrator to grant it.',
  },
  dialog: {
    close: 'Close',
  },
  person: {
    label: 'Person',
    search: 'Find a person by name or phone',
    searchHint: 'Type at least two characters; you can also paste a user id.',
    id: 'User id',
    results: 'Search results',
    none: 'Nobody matches this name or number.',
    clear: 'Remove person',
    unnamed: 'No name',
  },
  dayField: {
    pick: 'Pick “{{label}}” on the calendar',
    calendar: 'Choose the day for “{{label}}”',
    choosable: 'choosable',
  },
}
