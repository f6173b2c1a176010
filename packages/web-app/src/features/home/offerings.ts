import type { HOME_ICONS } from './components/home-icons.ts'

/**
 * What the home page offers, in the order a new patient meets them: find, book, talk, then the
 * work between sessions. `to` is the page that does it, or null while it is still coming: such a
 * card says «به‌زودی» and links nowhere. The issue that builds one gives it its page here.
 */
export const OFFERINGS: { key: keyof typeof HOME_ICONS; to: string | null }[] = [
  { key: 'find', to: '/psychologists' },
  { key: 'book', to: '/psychologists' },
  { key: 'talk', to: '/messages' },
  { key: 'assess', to: '/assessments' },
  { key: 'learn', to: '/courses' },
  { key: 'companion', to: '/companion' },
]
