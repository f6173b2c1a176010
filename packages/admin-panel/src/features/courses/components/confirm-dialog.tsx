import { Button, useTranslation } from '@yektayar/ui'
import { type ReactNode, useEffect, useId, useRef } from 'react'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** Destructive actions (delete, unpublish) get the danger button. */
  danger?: boolean
  busy?: boolean
  /** The server's refusal, shown inside the dialog so the person sees why nothing happened. */
  error?: string | null
  onConfirm: () => void
  onClose: () => void
}

/**
 * A modal question before an action that others will notice. The native dialog keeps focus
 * inside, closes on Escape and returns focus to the button that opened it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger, busy, error, onConfirm, onClose } = props
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
      className="m-auto w-[min(36rem,calc(100%-2rem))] rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-ink/40"
    >
      {open && (
        <div className="flex flex-col gap-4 p-5 sm:p-6">
          <h2 id={titleId} className="text-lg font-bold">
            {title}
          </h2>
          <div className="flex flex-col gap-3 text-ink-muted">{children}</div>
          {error && (
            <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
              {error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              {t('courses.publish.cancel')}
            </Button>
            <Button
              variant={danger ? 'danger' : 'primary'}
              loading={busy}
              needsConnection
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      )}
    </dialog>
  )
}
