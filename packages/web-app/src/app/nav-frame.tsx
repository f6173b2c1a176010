import { useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { type NavPlaces, useNavPlaces } from './nav-places.ts'

export interface NavFrameProps {
  className: string
  /** The list drawn from the signed-in person's places. */
  children: (places: NavPlaces) => ReactNode
}

/** The landmark the desktop and phone navs share; nothing before anyone is signed in. */
export function NavFrame({ className, children }: NavFrameProps) {
  const { t } = useTranslation()
  const places = useNavPlaces()
  if (!places) return null
  return (
    <nav aria-label={t('shell.nav.label')} className={className}>
      {children(places)}
    </nav>
  )
}
