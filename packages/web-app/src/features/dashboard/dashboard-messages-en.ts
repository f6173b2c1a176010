import type { dashboardMessagesFa } from './dashboard-messages-fa.ts'

export const dashboardMessagesEn: typeof dashboardMessagesFa = {
  pageTitle: 'Dashboard — YektaYar',
  greeting: 'Hello, {{name}}',
  greetingNoName: 'Hello, welcome',
  lead: 'Your YektaYar at a glance.',
  next: {
    title: 'Next appointment',
    none: 'You have no upcoming appointments.',
    noneAction: 'Find a psychologist',
    with: 'with {{name}}',
    join: 'Join the session',
    joinSoon: 'The join link appears here 10 minutes before the session.',
    all: 'All appointments',
    statuses: { pending: 'Awaiting payment', confirmed: 'Confirmed' },
  },
  unread: {
    title: 'Messages',
    count: '{{formatted}} unread',
    none: 'No unread messages.',
    open: 'Go to messages',
  },
  shortcuts: {
    title: 'Shortcuts',
    find: 'Find a psychologist',
    appointments: 'My appointments',
    messages: 'Messages',
    payments: 'Payments',
    agenda: 'Agenda',
    availability: 'Working hours',
    inbox: 'Support inbox',
    settings: 'Settings',
  },
}
