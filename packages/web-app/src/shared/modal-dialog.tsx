import { CrossIcon, useTranslation } from '@yektayar/ui'
import { type ReactNode, useEffect, useId, useRef } from 'react'

export interface ModalDialogProps {
  title: string
  /** Its close button and Escape. */
  onClose: () => void
  children: ReactNode
}

/**
 * A modal <dialog>, as the crisis card is: the page behind is inert, so focus stays inside;
 * focus starts on the title (never on an action a stray Enter would take) and goes back to
 * whatever opened it.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const opener = document.activeElement as HTMLElement | null
    if (!element.open) element.showModal()
    return () => {
      element.close()
      opener?.focus()
    }
  }, [])

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      className="m-auto max-h-[calc(100dvh-1.5rem)] w-[calc(100%-1.5rem)] max-w-lg overflow-y-auto rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="flex flex-col gap-4 p-5 sm:p-6">
        <header className="flex items-start justify-between gap-3">
          <h2
            id={titleId}
            tabIndex={-1}
            // biome-ignore lint/a11y/noAutofocus: a modal dialog's first focus, chosen on purpose.
            autoFocus
            className="text-xl font-extrabold text-ink outline-none"
          >
            {title}
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="inline-flex min-h-11 shrink-0 items-center gap-1 rounded-full px-3 text-sm font-semibold text-ink-muted hover:bg-surface-muted hover:text-ink"
          >
            <CrossIcon className="size-4" />
            {t('companion.about.close')}
          </button>
        </header>
        {children}
      </div>
    </dialog>
  )
}
