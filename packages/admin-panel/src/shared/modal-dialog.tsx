import { CrossIcon, useTranslation } from '@yektayar/ui'
import { type ReactNode, useEffect, useId, useRef } from 'react'

export interface ModalDialogProps {
  open: boolean
  title: string
  children: ReactNode
  onClose: () => void
  /** Wider for tables (an import preview, a before/after view). */
  wide?: boolean
}

/**
 * A modal on the native dialog: it keeps focus inside, closes on Escape and gives focus back
 * to whatever opened it. Content mounts only while open, so each opening starts afresh.
 */
export function ModalDialog({ open, title, children, onClose, wide }: ModalDialogProps) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`m-auto max-h-[calc(100%-2rem)] ${wide ? 'w-[min(56rem,calc(100%-2rem))]' : 'w-[min(36rem,calc(100%-2rem))]'} rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-ink/40`}
    >
      {open && (
        <div className="flex flex-col gap-4 p-5 sm:p-6">
          <div className="flex items-start justify-between gap-3">
            <h2 id={titleId} className="text-lg font-bold">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label={t('shared.dialog.close')}
              className="rounded-lg p-1.5 text-ink-muted hover:bg-surface-muted hover:text-ink"
            >
              <CrossIcon className="size-5" />
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  )
}
