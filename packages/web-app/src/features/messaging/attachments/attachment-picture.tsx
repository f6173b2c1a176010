import type { MessageAttachment } from '@yektayar/shared/types'
import { useSignedUrl } from '@yektayar/ui'

/** WebP first, the JPEG copy for a browser without it; signed links in the Android app. */
export function AttachmentPicture(props: { image: MessageAttachment; className?: string }) {
  const { image, className } = props
  const webp = useSignedUrl(image.url)
  const jpeg = useSignedUrl(image.fallbackUrl ?? image.url)
  return (
    <picture>
      <source srcSet={webp.url} type="image/webp" />
      <img
        src={jpeg.url}
        alt=""
        width={image.width ?? undefined}
        height={image.height ?? undefined}
        loading="lazy"
        decoding="async"
        className={className}
        onError={() => {
          // Whichever copy the browser chose, both were signed together.
          webp.onError()
          jpeg.onError()
        }}
      />
    </picture>
  )
}
