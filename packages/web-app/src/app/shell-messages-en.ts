import type { shellMessagesFa } from './shell-messages-fa.ts'

export const shellMessagesEn: typeof shellMessagesFa = {
  brand: 'YektaYar',
  tagline: 'Your mental-health companion',
  nav: {
    label: 'Account sections',
    dashboard: 'Dashboard',
    psychologists: 'Psychologists',
    appointments: 'My appointments',
    messages: 'Messages',
    payments: 'Payments',
    settings: 'Settings',
    agenda: 'Agenda',
    availability: 'Working hours',
    inbox: 'Support inbox',
  },
  skipToContent: 'Skip to main content',
  home: 'YektaYar home',
  footer: '© {{year}} YektaYar. Made with care, for mental health.',
  offline: {
    title: 'You are offline.',
    body: 'YektaYar stays open; new information loads once you are back online.',
  },
  update: {
    body: 'A new version of YektaYar is ready.',
    action: 'Update',
    later: 'Later',
  },
  notices: {
    signedIn: 'Welcome! You are signed in.',
  },
  notFound: {
    title: 'We could not find this page',
    body: 'The address may be mistyped, or the page may have moved.',
    action: 'Back to the home page',
  },
  routeError: {
    title: 'This page did not open',
    body: 'A new version of YektaYar may have been released. Reload the page.',
    action: 'Reload',
  },
}
