import { buttonClasses, cx, useTranslation } from '@yektayar/ui'
import { Link, NavLink, useNavigate } from 'react-router'
import { type SessionInfo, useSession, useSignOut } from '../features/session/api/session.ts'

type UserType = SessionInfo['user']['type']

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

/** The sign-in button for visitors; the sign-out button for the signed in. */
export function AccountAction() {
  const { t } = useTranslation()
  const session = useSession()
  const signOut = useSignOut()
  const navigate = useNavigate()
  if (!session.data) {
    return (
      <Link to="/sign-in" className={buttonClasses({ className: 'shrink-0 whitespace-nowrap' })}>
        {t('shell.signIn')}
      </Link>
    )
  }
  return (
    <button
      type="button"
      className={buttonClasses({ variant: 'secondary', className: 'shrink-0 whitespace-nowrap' })}
      disabled={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, { onSettled: () => navigate('/', { replace: true }) })
      }
    >
      {t('shell.signOut')}
    </button>
  )
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
