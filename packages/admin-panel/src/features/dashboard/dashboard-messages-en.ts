import type { dashboardMessagesFa } from './dashboard-messages-fa.ts'

export const dashboardMessagesEn: typeof dashboardMessagesFa = {
  pageTitle: 'YektaYar admin panel',
  eyebrow: 'Admin panel',
  title: 'All of YektaYar, in one place',
  lead: 'Run users and roles, psychologists, appointments, payments, content and support from this panel. Everyone sees only what their role allows, and sensitive actions are recorded in the audit log.',
  areasTitle: 'What this panel manages',
  areas: {
    users: {
      title: 'Users and roles',
      body: "Find accounts, assign roles and permissions, and see each user's active sessions.",
    },
    psychologists: {
      title: 'Psychologists',
      body: 'Review and approve credentials and licences, and keep profiles, specialties and session fees up to date.',
    },
    appointments: {
      title: 'Appointments',
      body: 'See the session schedule, cancellations and reschedules, and step in when a booking needs it.',
    },
    payments: {
      title: 'Payments',
      body: 'Follow transactions and the state of each payment, and look into mismatches with the gateway.',
    },
    content: {
      title: 'Courses and assessments',
      body: 'Build and publish courses and lessons, and manage assessment questionnaires.',
    },
    support: {
      title: 'Support',
      body: "Answer support conversations and follow users' requests through to an outcome.",
    },
    audit: {
      title: 'Audit log',
      body: 'Access to sensitive data and important changes are recorded; review them here.',
    },
    settings: {
      title: 'System settings',
      body: 'Configure the payment gateway, SMS, email, the AI companion and notifications.',
    },
  },
}
