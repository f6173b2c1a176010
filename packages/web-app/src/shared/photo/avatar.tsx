import { cx } from '@yektayar/ui'
import { ResponsivePhoto } from './responsive-photo.tsx'

export interface AvatarProps {
  name: string
  photoUrl: string | null
  /** Side in CSS pixels. */
  size: number
  className?: string
  /** Alt text when the name is not already next to the picture; decorative by default. */
  alt?: string
  eager?: boolean
}

/** The photo, or the name's first letter on a soft disc while there is none. */
export function Avatar({ name, photoUrl, size, className, alt = '', eager }: AvatarProps) {
  if (photoUrl) {
    return (
      <ResponsivePhoto url={photoUrl} alt={alt} size={size} className={className} eager={eager} />
    )
  }
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size }}
      className={cx(
        'flex shrink-0 items-center justify-center rounded-full bg-primary-soft font-extrabold text-primary',
        className,
      )}
    >
      {name.trim().charAt(0)}
    </span>
  )
}
