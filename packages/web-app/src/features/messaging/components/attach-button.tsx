import { MESSAGE_MAX_ATTACHMENTS } from '@yektayar/shared/types'
import { formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useRef } from 'react'

/** What the server takes as an attachment (files module, file-kinds.ts); it judges by content. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf,.pdf'

/** The paper clip: opens the file picker, photos and PDFs, several at once. */
export function AttachButton(props: { onPick: (files: File[]) => void; disabled?: boolean }) {
  const { onPick, disabled } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const input = useRef<HTMLInputElement>(null)
  const hint = t('messaging.attachments.attachHint', {
    max: formatNumber(MESSAGE_MAX_ATTACHMENTS, language),
  })
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="attach-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          event.target.value = ''
          if (files.length > 0) onPick(files)
        }}
      />
      <button
        type="button"
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-label={t('messaging.attachments.attach')}
        title={hint}
        className="grid size-12 shrink-0 place-items-center rounded-full text-ink-muted hover:bg-surface-muted hover:text-primary disabled:opacity-50"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="m20 11.5-8.2 8.2a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9" />
        </svg>
      </button>
    </>
  )
}
