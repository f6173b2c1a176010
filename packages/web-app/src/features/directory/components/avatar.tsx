import { cx } from '@yektayar/ui'

export interface AvatarProps {
  name: string
  photoUrl: string | null
  className?: string
}

/** The photo, or the name's first letter on a soft disc while there is none. */
export function Avatar({ name, photoUrl, className }: AvatarProps) {
  const base = cx('shrink-0 rounded-full', className)
  if (photoUrl) return <img src={photoUrl} alt="" className={cx(base, 'object-cover')} />
  return (
    <span
      aria-hidden="true"
      className={cx(
        base,
        'flex items-center justify-center bg-primary-soft text-2xl font-extrabold text-primary',
      )}
    >
      {name.trim().charAt(0)}
    </span>
  )
}
