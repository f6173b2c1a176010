import type { UserType } from '@yektayar/shared'
import { cx, useSession, useTranslation } from '@yektayar/ui'
import { NavLink } from 'react-router'

/** Each entry: the path and its key under shell.nav. Staff see their working pages first. */
const NAV: Record<UserType, [string, string][]> = {
  patient: [
    ['/dashboard', 'dashboard'],
    ['/psychologists', 'psychologists'],
    ['/appointments', 'appointments'],
    ['/messages', 'messages'],
    ['/payments', 'payments'],
    ['/settings', 'settings'],
  ],
  psychologist: [
    ['/dashboard', 'dashboard'],
    ['/agenda', 'agenda'],
    ['/availability', 'availability'],
    ['/messages', 'messages'],
    ['/inbox', 'inbox'],
    ['/settings', 'settings'],
  ],
  admin: [
    ['/dashboard', 'dashboard'],
    ['/inbox', 'inbox'],
    ['/messages', 'messages'],
    ['/settings', 'settings'],
  ],
}

/** The signed-in person's sections; nothing for visitors. Scrolls sideways on narrow screens. */
export function MainNav() {
  const { t } = useTranslation()
  const session = useSession()
  if (!session.data) return null
  return (
    <nav aria-label={t('shell.nav.label')} className="border-b border-line bg-surface">
      <ul className="mx-auto flex w-full max-w-6xl gap-1 overflow-x-auto px-2 py-1.5">
        {NAV[session.data.user.type].map(([path, key]) => (
          <li key={path}>
            <NavLink
              to={path}
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
