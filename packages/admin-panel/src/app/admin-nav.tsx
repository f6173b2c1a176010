import { cx, useSession, useTranslation } from '@yektayar/ui'
import { NavLink } from 'react-router'
import { accessNavPlaces } from '../features/access/routes.tsx'
import { auditLogNavPlaces } from '../features/audit-log/routes.tsx'
import { companionFiguresNavPlaces } from '../features/companion-figures/routes.tsx'
import { configurationNavPlaces } from '../features/configuration/routes.tsx'
import { coursesNavPlaces } from '../features/courses/routes.tsx'
import { holidaysNavPlaces } from '../features/holidays/routes.tsx'
import { notificationsNavPlaces } from '../features/notifications/routes.tsx'
import { peopleNavPlaces } from '../features/people/routes.tsx'

/** The sections of the panel, each listed only for staff holding its permission. */
const PLACES = [
  ...peopleNavPlaces,
  ...accessNavPlaces,
  ...coursesNavPlaces,
  ...notificationsNavPlaces,
  ...companionFiguresNavPlaces,
  ...configurationNavPlaces,
  ...holidaysNavPlaces,
  ...auditLogNavPlaces,
]

/** Section links under the header; a phone scrolls them sideways. Hidden while none apply. */
export function AdminNav() {
  const { t } = useTranslation()
  const permissions = useSession().data?.permissions ?? []
  const places = PLACES.filter((place) => permissions.includes(place.permission))
  if (places.length === 0) return null
  return (
    <nav aria-label={t('shell.nav.label')} className="border-b border-line bg-surface">
      <ul className="mx-auto flex w-full max-w-6xl gap-1 overflow-x-auto px-2 py-1.5">
        {[{ path: '/', key: 'dashboard' }, ...places].map(({ path, key }) => (
          <li key={path}>
            <NavLink
              to={path}
              // The dashboard only at its own address; a section also for its inner pages.
              end={path === '/'}
              className={({ isActive }) =>
                cx(
                  'block whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium',
                  isActive ? 'bg-primary-soft text-primary' : 'text-ink-muted hover:text-ink',
                )
              }
            >
              {t(`shell.nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
