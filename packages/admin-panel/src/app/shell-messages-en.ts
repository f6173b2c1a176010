import type { shellMessagesFa } from './shell-messages-fa.ts'

export const shellMessagesEn: typeof shellMessagesFa = {
  tagline: 'Admin panel',
  home: 'YektaYar admin dashboard',
  footer: '© {{year}} YektaYar. Admin panel; staff only.',
  nav: {
    label: 'Panel sections',
    dashboard: 'Dashboard',
    courses: 'Courses',
    announcements: 'Announcements',
    notificationDeliveries: 'Delivery log',
    companionFigures: 'Companion figures',
    configuration: 'Configuration',
    onCall: 'Crisis on-call',
    holidays: 'Holidays',
    appointments: 'Appointments',
    payments: 'Payments',
    auditLog: 'Audit log',
    clinicians: 'Psychologists',
    departments: 'Inboxes',
    groups: { contentMessages: 'Content & messages' },
    people: 'People',
    access: 'Access',
  },
  notices: {
    signedIn: 'You are signed in to the admin panel.',
  },
}
