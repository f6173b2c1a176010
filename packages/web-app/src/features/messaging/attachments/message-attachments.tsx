import type { MessageAttachment } from '@yektayar/shared/types'
import { cx, useLanguage, useSignedUrl, useTranslation } from '@yektayar/ui'
import { lazy, Suspense, useState } from 'react'
import { FileIcon } from '../../../shared/files/file-icon.tsx'
import { fileKindOf, formatFileSize } from '../../../shared/files/file-size.ts'
import { AttachmentPicture } from './attachment-picture.tsx'

// Only someone who opens a picture downloads the viewer.
const AttachmentLightbox = lazy(() =>
  import('./attachment-lightbox.tsx').then((module) => ({ default: module.AttachmentLightbox })),
)

/** A message's files: pictures as thumbnails that open large, anything else as a card. */
export function MessageAttachments(props: { attachments: MessageAttachment[]; mine: boolean }) {
  const { attachments, mine } = props
  const { t } = useTranslation()
  const [open, setOpen] = useState<number | null>(null)
  const images = attachments.filter((item) => item.width !== null && item.fallbackUrl !== null)
  const files = attachments.filter((item) => !images.includes(item))
  return (
    <div className="flex flex-col gap-1.5">
      {images.length > 0 && (
        // A fixed width, so a thumbnail takes its final room before it loads: the conversation
        // opens at its newest message and stays there.
        <div
          className={cx('grid w-64 max-w-full gap-1.5 sm:w-72', images.length > 1 && 'grid-cols-2')}
        >
          {images.map((image, index) => (
            <button
              key={image.id}
              type="button"
              onClick={() => setOpen(index)}
              aria-label={t('messaging.attachments.openImage', { name: image.displayName })}
              className="overflow-hidden rounded-xl bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2"
            >
              <AttachmentPicture
                image={image}
                className={cx(
                  'block w-full object-cover',
                  images.length > 1 ? 'aspect-square' : 'aspect-[4/3]',
                )}
              />
            </button>
          ))}
        </div>
      )}
      {files.map((file) => (
        <FileCard key={file.id} file={file} mine={mine} />
      ))}
      {open !== null && (
        <Suspense fallback={null}>
          <AttachmentLightbox images={images} start={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </div>
  )
}

function FileCard({ file, mine }: { file: MessageAttachment; mine: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const kind = t(`messaging.attachments.types.${fileKindOf(file.mime)}`)
  const href = useSignedUrl(file.url, { keepFresh: true }).url
  return (
    <a
      href={href}
      download={file.displayName}
      className={cx(
        'flex min-w-0 items-center gap-3 rounded-xl border p-2.5 no-underline',
        mine ? 'border-on-primary/30 bg-on-primary/10' : 'border-line bg-surface-muted',
      )}
    >
      <FileIcon className="size-9 shrink-0" />
      <span className="flex min-w-0 flex-col text-start">
        {/* The visible text is the name, so the word is added for screen readers only. */}
        <span className="sr-only">{t('messaging.attachments.download')} </span>
        <span dir="auto" className="truncate text-sm font-medium">
          {file.displayName}
        </span>
        <span className={cx('text-xs', mine ? 'text-on-primary/85' : 'text-ink-muted')}>
          {/* Each part isolated: "PDF" beside Persian digits would otherwise swap places. */}
          <bdi>{kind}</bdi> · <bdi>{formatFileSize(file.size, language)}</bdi>
        </span>
      </span>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="ms-auto size-5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M12 4v11m-4.5-4.5L12 15l4.5-4.5M5 19h14" />
      </svg>
    </a>
  )
}
