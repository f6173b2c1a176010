import type { shellMessagesFa } from './shell-messages-fa.ts'

export const shellMessagesEn: typeof shellMessagesFa = {
  tagline: 'Your mental-health companion',
  nav: {
    label: 'Account sections',
    dashboard: 'Dashboard',
    psychologists: 'Psychologists',
    appointments: 'My appointments',
    messages: 'Messages',
    payments: 'Payments',
    documents: 'My documents',
    companion: 'AI companion',
    companionShared: 'Shared AI chats',
    courses: 'Courses',
    assessments: 'Questionnaires',
    settings: 'Settings',
    agenda: 'Agenda',
    availability: 'Working hours',
    practice: 'My practice',
    more: 'More',
    inbox: 'Support inbox',
    safety: 'Safety queue',
  },
  helpNow: 'Help now',
  crisisLines: {
    title: 'You can call right now',
    social_emergency: 'Social emergency',
    counselling: 'Counselling line',
    ambulance: 'Ambulance',
  },
  home: 'YektaYar home',
  footer: '© {{year}} YektaYar. Made with care, for mental health.',
  update: {
    body: 'A new version of YektaYar is ready.',
    action: 'Update',
    later: 'Later',
  },
  notices: {
    signedIn: 'Welcome! You are signed in.',
  },
}
