import type { MessageAttachment } from '@yektayar/shared/types'
import { formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useEffect, useRef, useState } from 'react'
import { AttachmentPicture } from './attachment-picture.tsx'

/**
 * One message's pictures, large. A modal <dialog>: the page behind is inert, so focus stays
 * inside, and Escape closes it (the browser's own cancel); the arrow keys step through the
 * pictures in reading order, so in Persian → goes back. Focus returns to the thumbnail.
 */
export function AttachmentLightbox(props: {
  images: MessageAttachment[]
  start: number
  onClose: () => void
}) {
  const { images, start, onClose } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const dialog = useRef<HTMLDialogElement>(null)
  const [index, setIndex] = useState(start)
  const image = images[index]

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const opener = document.activeElement as HTMLElement | null
    element.showModal()
    return () => {
      element.close()
      opener?.focus()
    }
  }, [])

  const step = (by: number) => setIndex((current) => (current + by + images.length) % images.length)
  const forward = language === 'fa' ? 'ArrowLeft' : 'ArrowRight'
  const backward = language === 'fa' ? 'ArrowRight' : 'ArrowLeft'
  if (!image) return null
  const label = t('messaging.attachments.lightbox', {
    index: formatNumber(index + 1, language),
    count: formatNumber(images.length, language),
  })
  return (
    <dialog
      ref={dialog}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key === forward) step(1)
        else if (event.key === backward) step(-1)
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-black/90 p-0 text-white backdrop:bg-black/70"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-2 p-3">
          <p aria-live="polite" className="min-w-0 truncate text-sm">
            <span>{label}</span> · <span dir="auto">{image.displayName}</span>
          </p>
          <button
            type="button"
            onClick={onClose}
            className="min-h-11 rounded-full bg-white/15 px-4 text-sm font-semibold hover:bg-white/25"
          >
            {t('messaging.attachments.close')}
          </button>
        </div>
        <div className="relative flex min-h-0 flex-1 items-center justify-center px-2 pb-4">
          <AttachmentPicture
            key={image.id}
            image={image}
            className="max-h-full max-w-full object-contain"
          />
          {images.length > 1 && (
            <>
              <StepButton
                side="start"
                label={t('messaging.attachments.previous')}
                onClick={() => step(-1)}
              />
              <StepButton
                side="end"
                label={t('messaging.attachments.next')}
                onClick={() => step(1)}
              />
            </>
          )}
        </div>
      </div>
    </dialog>
  )
}

function StepButton(props: { side: 'start' | 'end'; label: string; onClick: () => void }) {
  const { side, label, onClick } = props
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      className={`absolute top-1/2 -translate-y-1/2 ${side === 'start' ? 'start-2' : 'end-2'} grid size-11 place-items-center rounded-full bg-white/15 hover:bg-white/25`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6 rtl:-scale-x-100"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={side === 'start' ? 'm15 6-6 6 6 6' : 'm9 6 6 6-6 6'} />
      </svg>
    </button>
  )
}
