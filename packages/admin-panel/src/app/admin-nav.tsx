import { cx, useSession, useTranslation } from '@yektayar/ui'
import { NavLink } from 'react-router'
import { accessNavPlaces } from '../features/access/routes.tsx'
import { auditLogNavPlaces } from '../features/audit-log/routes.tsx'
import { cliniciansNavPlaces } from '../features/clinicians/routes.tsx'
import { companionFiguresNavPlaces } from '../features/companion-figures/routes.tsx'
import { configurationNavPlaces } from '../features/configuration/routes.tsx'
import { coursesNavPlaces } from '../features/courses/routes.tsx'
import { departmentsNavPlaces } from '../features/departments/routes.tsx'
import { holidaysNavPlaces } from '../features/holidays/routes.tsx'
import { moneyNavPlaces } from '../features/money/routes.tsx'
import { notificationsNavPlaces } from '../features/notifications/routes.tsx'
import { onCallNavPlaces } from '../features/on-call/routes.tsx'
import { peopleNavPlaces } from '../features/people/routes.tsx'

/** The sections of the panel, each listed only for staff holding its permission. */
const PLACES = [
  ...cliniciansNavPlaces,
  ...peopleNavPlaces,
  ...accessNavPlaces,
  ...coursesNavPlaces,
  ...notificationsNavPlaces,
  ...departmentsNavPlaces,
  ...companionFiguresNavPlaces,
  ...configurationNavPlaces,
  ...onCallNavPlaces,
  ...holidaysNavPlaces,
  ...auditLogNavPlaces,
  ...moneyNavPlaces,
]

/**
 * Sections that belong together, shown under one label wherever the first of them stands: what
 * people read and receive from YektaYar (courses, announcements and their delivery, the
 * departments' inboxes). Any other section stands alone.
 */
const GROUPS: Record<string, readonly string[]> = {
  contentMessages: ['courses', 'announcements', 'notificationDeliveries', 'departments'],
}

type Place = { path: string; key: string }
type Entry = { place: Place } | { group: string; places: Place[] }

function entriesOf(places: Place[]): Entry[] {
  const entries: Entry[] = []
  const groupOf = (key: string) => Object.keys(GROUPS).find((group) => GROUPS[group]?.includes(key))
  for (const place of places) {
    const group = groupOf(place.key)
    if (!group) {
      entries.push({ place })
      continue
    }
    const existing = entries.find((entry) => 'group' in entry && entry.group === group)
    if (existing && 'places' in existing) existing.places.push(place)
    else entries.push({ group, places: [place] })
  }
  return entries
}

/**
 * Section links under the header: a phone scrolls them sideways; wider screens wrap them onto a
 * second row, since a full set of sections is wider than a desktop and a sideways strip there
 * hid the last ones with no sign that it scrolls. Hidden while none apply.
 */
export function AdminNav() {
  const { t } = useTranslation()
  const permissions = useSession().data?.permissions ?? []
  const places = PLACES.filter((place) => permissions.includes(place.permission))
  if (places.length === 0) return null
  return (
    <nav aria-label={t('shell.nav.label')} className="border-b border-line bg-surface">
      <ul className="mx-auto flex w-full max-w-6xl items-center gap-1 px-2 py-1.5 max-md:overflow-x-auto md:flex-wrap">
        <li>
          <PlaceLink place={{ path: '/', key: 'dashboard' }} />
        </li>
        {entriesOf(places).map((entry) =>
          'place' in entry ? (
            <li key={entry.place.path}>
              <PlaceLink place={entry.place} />
            </li>
          ) : (
            <li key={entry.group} className="flex items-center gap-1 border-x border-line px-1">
              <span
                id={`nav-group-${entry.group}`}
                className="whitespace-nowrap px-2 text-xs font-semibold text-ink-muted"
              >
                {t(`shell.nav.groups.${entry.group}`)}
              </span>
              <ul aria-labelledby={`nav-group-${entry.group}`} className="flex gap-1">
                {entry.places.map((place) => (
                  <li key={place.path}>
                    <PlaceLink place={place} />
                  </li>
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}

function PlaceLink({ place }: { place: Place }) {
  const { t } = useTranslation()
  return (
    <NavLink
      to={place.path}
      // The dashboard only at its own address; a section also for its inner pages.
      end={place.path === '/'}
      className={({ isActive }) =>
        cx(
          'block whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium',
          isActive ? 'bg-primary-soft text-primary' : 'text-ink-muted hover:text-ink',
        )
      }
    >
      {t(`shell.nav.${place.key}`)}
    </NavLink>
  )
}
