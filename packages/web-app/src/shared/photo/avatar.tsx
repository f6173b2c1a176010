import { apiUrl, cx } from '@yektayar/ui'

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

export interface ResponsivePhotoProps {
  /** A public, content-hashed `.webp` address from the files API. */
  url: string
  alt: string
  /** Rendered side in CSS pixels: sets width/height so the page does not shift as it loads. */
  size: number
  className?: string
  /** Photos above the fold (a profile's own page) load at once; lists load lazily. */
  eager?: boolean
}

/**
 * The WebP, with the server's JPEG copy for browsers without WebP. Public photos need no
 * session, so the Android app fetches them from the API's origin like any request (apiUrl).
 */
export function ResponsivePhoto(props: ResponsivePhotoProps) {
  const { alt, size, className, eager } = props
  const url = apiUrl(props.url)
  const jpeg = url.endsWith('.webp') ? `${url.slice(0, -'.webp'.length)}.jpg` : url
  return (
    <picture className="contents">
      <source type="image/webp" srcSet={url} />
      <img
        src={jpeg}
        alt={alt}
        width={size}
        height={size}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        className={cx('shrink-0 rounded-full object-cover', className)}
      />
    </picture>
  )
}
