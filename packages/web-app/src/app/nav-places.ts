import type { UserType } from '@yektayar/shared/types'
import { useSession } from '@yektayar/ui'

/** A place in the app: its path, its key under shell.nav and its line icon (24×24). */
export interface NavPlace {
  path: string
  key: string
  icon: string
}

const ICONS = {
  home: 'M4 11l8-7 8 7M6 9.5V20h4.5v-5h3v5H18V9.5',
  calendar:
    'M7 3v3M17 3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z',
  messages: 'M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-4 3.5V16H6a2 2 0 0 1-2-2Z',
  people:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14.5c1.8.8 3 2.9 3 5.5',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3 2',
  inbox: 'M4 13l2.5-8h11l2.5 8v6H4ZM4 13h5l1 2h4l1-2h5',
  card: 'M3 6h18v12H3zM3 10h18M7 15h3',
  document: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  book: 'M4 5.5C6.5 4 9.5 4 12 6c2.5-2 5.5-2 8-.5V19c-2.5-1.5-5.5-1.5-8 .5-2.5-2-5.5-2-8-.5ZM12 6v13.5',
  badge:
    'M4 5a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1ZM9.5 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM6.5 16c.4-1.8 1.6-3 3-3s2.6 1.2 3 3M14.5 9h3M14.5 12.5h3',
  checklist: 'M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2',
  shield: 'M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6Zm0 6v4m0 3h.01',
  sparkle:
    'M12 3l1.8 4.7 4.7 1.8-4.7 1.8L12 16l-1.8-4.7-4.7-1.8 4.7-1.8ZM18.5 15l.9 2.1 2.1.9-2.1.9-.9 2.1-.9-2.1-2.1-.9 2.1-.9Z',
  settings:
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM19 12a7 7 0 0 0-.1-1.2l2-1.5-2-3.4-2.3.9a7 7 0 0 0-2-1.2L14 3h-4l-.5 2.6a7 7 0 0 0-2 1.2l-2.4-.9-2 3.4 2 1.5a7 7 0 0 0 0 2.4l-2 1.5 2 3.4 2.4-.9a7 7 0 0 0 2 1.2L10 21h4l.5-2.6a7 7 0 0 0 2-1.2l2.3.9 2-3.4-2-1.5c.1-.4.2-.8.2-1.2Z',
}

type PlaceKey = keyof typeof ICON_OF

/** Which icon each place wears; a place's path is `/` and its key unless PATH_OF says. */
const ICON_OF = {
  dashboard: 'home',
  appointments: 'calendar',
  agenda: 'calendar',
  messages: 'messages',
  psychologists: 'people',
  availability: 'clock',
  practice: 'badge',
  inbox: 'inbox',
  payments: 'card',
  documents: 'document',
  courses: 'book',
  companion: 'sparkle',
  companionShared: 'sparkle',
  assessments: 'checklist',
  safety: 'shield',
  settings: 'settings',
} as const satisfies Record<string, keyof typeof ICONS>

/** Places whose path is not `/` and their key. */
const PATH_OF: Partial<Record<PlaceKey, string>> = {
  companionShared: '/companion/shared',
}

/** One person's places: those always in view, and those a phone keeps behind "more". */
export interface NavPlaces {
  main: NavPlace[]
  more: NavPlace[]
}

const places = (...keys: PlaceKey[]): NavPlace[] =>
  keys.map((key) => ({ path: PATH_OF[key] ?? `/${key}`, key, icon: ICONS[ICON_OF[key]] }))

/**
 * Each kind of person's places, the four a phone's tab bar shows first and the rest behind
 * "more"; a desktop's header lists them all. Patients find and book care and talk to it;
 * psychologists run their day, their messages, their hours and their public page, and read
 * what their patients shared of the companion.
 */
const NAV_PLACES: Record<UserType, NavPlaces> = {
  patient: {
    main: places('dashboard', 'appointments', 'messages', 'psychologists'),
    more: places('companion', 'courses', 'assessments', 'payments', 'documents', 'settings'),
  },
  psychologist: {
    main: places('dashboard', 'agenda', 'messages', 'availability'),
    more: places('practice', 'companionShared', 'inbox', 'courses', 'settings'),
  },
  admin: { main: places('dashboard', 'inbox', 'messages', 'settings'), more: [] },
}

/**
 * On-call staff's safety queue goes first, whatever their kind of account: an alert wants a
 * person within a minute. The place it takes on a phone's tab bar moves behind "more".
 */
function withSafetyQueue({ main, more }: NavPlaces): NavPlaces {
  const [safety] = places('safety')
  if (!safety) return { main, more }
  return main.length < 4
    ? { main: [safety, ...main], more }
    : { main: [safety, ...main.slice(0, 3)], more: [...main.slice(3), ...more] }
}

/** The signed-in person's places; none until the session is known. */
export function useNavPlaces(): NavPlaces | null {
  const session = useSession()
  if (!session.data) return null
  const own = NAV_PLACES[session.data.user.type]
  return session.data.permissions.includes('safety.respond') ? withSafetyQueue(own) : own
}
