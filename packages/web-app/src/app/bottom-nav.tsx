import { cx, Icon, useTranslation } from '@yektayar/ui'
import { useEffect, useId, useRef, useState } from 'react'
import { NavLink, useLocation } from 'react-router'
import { NavFrame } from './nav-frame.tsx'
import type { NavPlace } from './nav-places.ts'

const MORE_ICON = 'M5 12h.01M12 12h.01M19 12h.01'

// min-w-0 and hyphens: at 320 px a long word ("Psychologists") breaks rather than pushing the
// last tab off the screen.
const TAB =
  'flex min-h-14 w-full min-w-0 flex-col items-center justify-center gap-0.5 rounded-xl px-1 text-center text-[0.7rem] font-medium leading-tight hyphens-auto'
const tabState = (active: boolean) => (active ? 'text-primary' : 'text-ink-muted hover:text-ink')

/**
 * A phone's tab bar (below `md`): the four main places, and "more" opening the rest above it.
 * Every label stays whole, unlike the sideways strip it replaced, whose last item was cut off.
 */
export function BottomNav() {
  const { t } = useTranslation()
  return (
    <NavFrame className="border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] md:hidden">
      {(places) => (
        <ul className="mx-auto flex w-full max-w-xl items-stretch gap-1 px-1.5 py-1">
          {places.main.map((place) => (
            <li key={place.path} className="flex min-w-0 flex-1">
              <NavLink to={place.path} className={({ isActive }) => cx(TAB, tabState(isActive))}>
                <Icon path={place.icon} className="size-6" />
                <span>{t(`shell.nav.${place.key}`)}</span>
              </NavLink>
            </li>
          ))}
          {places.more.length > 0 && (
            <li className="relative flex min-w-0 flex-1">
              <MoreMenu places={places.more} />
            </li>
          )}
        </ul>
      )}
    </NavFrame>
  )
}

function MoreMenu({ places }: { places: NavPlace[] }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const here = places.some((place) => pathname.startsWith(place.path))

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu.
  useEffect(() => setOpen(false), [pathname])
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  return (
    <div ref={root} className="flex w-full">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        className={cx(TAB, tabState(here || open))}
      >
        <Icon path={MORE_ICON} className="size-6 stroke-[3]" />
        <span>{t('shell.nav.more')}</span>
      </button>
      <ul
        id={menuId}
        hidden={!open}
        className="absolute bottom-full end-0 mb-2 flex min-w-48 flex-col gap-1 rounded-2xl border border-line bg-surface p-1.5 shadow-lg"
      >
        {places.map((place) => (
          <li key={place.path}>
            <NavLink
              to={place.path}
              className={({ isActive }) =>
                cx(
                  'flex items-center gap-3 rounded-xl px-3 py-3 text-sm font-medium',
                  isActive ? 'bg-primary-soft text-primary' : 'text-ink hover:bg-surface-muted',
                )
              }
            >
              <Icon path={place.icon} className="size-5" />
              {t(`shell.nav.${place.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  )
}
