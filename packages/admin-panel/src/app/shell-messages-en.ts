import type { shellMessagesFa } from './shell-messages-fa.ts'

export const shellMessagesEn: typeof shellMessagesFa = {
  brand: 'YektaYar',
  tagline: 'Admin panel',
  skipToContent: 'Skip to main content',
  home: 'Admin dashboard',
  footer: '© {{year}} YektaYar. Admin panel; staff only.',
  notices: {
    signedIn: 'You are signed in to the admin panel.',
  },
  notFound: {
    title: 'We could not find this page',
    body: 'The address may be mistyped, or the page may have moved.',
    action: 'Back to the dashboard',
  },
  routeError: {
    title: 'This page did not open',
    body: 'A new version of the panel may have been released. Reload the page.',
    action: 'Reload',
  },
}
