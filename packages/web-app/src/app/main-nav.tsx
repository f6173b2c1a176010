import { cx, useTranslation } from '@yektayar/ui'
import { NavLink } from 'react-router'
import { NavFrame } from './nav-frame.tsx'

/** The signed-in person's sections under the header, from `md` up (a phone has BottomNav). */
export function MainNav() {
  const { t } = useTranslation()
  return (
    <NavFrame className="hidden border-b border-line bg-surface md:block">
      {(places) => (
        <ul className="mx-auto flex w-full max-w-6xl gap-1 px-2 py-1.5">
          {[...places.main, ...places.more].map(({ path, key }) => (
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
      )}
    </NavFrame>
  )
}
