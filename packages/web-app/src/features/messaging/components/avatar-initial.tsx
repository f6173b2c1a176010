import { cx } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { ResponsivePhoto } from '../../../shared/photo/avatar.tsx'

export interface AvatarInitialProps {
  name: string
  /** A department conversation: a support icon instead of a letter of its subject. */
  support?: boolean
  /** The person's public photo; the server leaves it out for a patient in discreet mode. */
  photoUrl?: string | null
  badge?: ReactNode
  className?: string
}

/** The first letter of a name in a circle, with room for a presence dot at its corner. */
export function AvatarInitial({ name, support, photoUrl, badge, className }: AvatarInitialProps) {
  const initial = [...name.trim()][0] ?? '؟'
  return (
    <span
      aria-hidden={badge ? undefined : true}
      className={cx(
        'relative inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-primary-soft text-lg font-bold text-primary',
        className,
      )}
    >
      {support ? (
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M4 14v-2a8 8 0 0 1 16 0v2M4 14a2 2 0 0 0 2 2h1v-5H6a2 2 0 0 0-2 2Zm16 0a2 2 0 0 1-2 2h-1v-5h1a2 2 0 0 1 2 2Zm-3 2v1a3 3 0 0 1-3 3h-2" />
        </svg>
      ) : photoUrl ? (
        // Decorative: the name is written beside it.
        <ResponsivePhoto url={photoUrl} alt="" size={44} className="size-full" />
      ) : (
        <span aria-hidden="true">{initial}</span>
      )}
      {badge && <span className="absolute -bottom-0.5 -end-0.5 flex">{badge}</span>}
    </span>
  )
}
