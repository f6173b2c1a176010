import type { MessageAttachment } from '@yektayar/shared/types'

/** WebP first, the JPEG copy for a browser without it. */
export function AttachmentPicture(props: { image: MessageAttachment; className?: string }) {
  const { image, className } = props
  return (
    <picture>
      <source srcSet={image.url} type="image/webp" />
      <img
        src={image.fallbackUrl ?? image.url}
        alt=""
        width={image.width ?? undefined}
        height={image.height ?? undefined}
        loading="lazy"
        decoding="async"
        className={className}
      />
    </picture>
  )
}
