import type { shellMessagesFa } from './shell-messages-fa.ts'

export const shellMessagesEn: typeof shellMessagesFa = {
  brand: 'YektaYar',
  skipToContent: 'Skip to main content',
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
