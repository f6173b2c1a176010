import { Button, cx, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { FileIcon } from '../../../shared/files/file-icon.tsx'
import { formatFileSize } from '../../../shared/files/file-size.ts'
import { retryable, uploadErrorKey } from './attachment-errors.ts'
import type { AttachmentUploads, PendingUpload } from './use-attachment-uploads.ts'

/** The files picked for the next message, above the text box, each with its upload's state. */
export function AttachmentTray({ uploads }: { uploads: AttachmentUploads }) {
  const { t } = useTranslation()
  if (uploads.items.length === 0) return null
  return (
    <ul aria-label={t('messaging.attachments.listLabel')} className="flex flex-wrap gap-2 pb-2">
      {uploads.items.map((item) => (
        <TrayItem
          key={item.key}
          item={item}
          onRemove={() => uploads.remove(item.key)}
          onRetry={() => uploads.retry(item.key)}
        />
      ))}
    </ul>
  )
}

function TrayItem(props: { item: PendingUpload; onRemove: () => void; onRetry: () => void }) {
  const { item, onRemove, onRetry } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const name = item.file.name
  const percent = item.file.size ? Math.min(Math.round((item.sent / item.file.size) * 100), 100) : 0
  const failed = item.status === 'failed'
  return (
    <li
      data-upload-status={item.status}
      className={cx(
        'flex w-full items-center gap-2 rounded-xl border bg-surface-muted p-2 sm:w-72',
        failed ? 'border-danger' : 'border-line',
      )}
    >
      {item.localUrl ? (
        <img src={item.localUrl} alt="" className="size-11 shrink-0 rounded-lg object-cover" />
      ) : (
        <FileIcon className="size-11 shrink-0 p-1.5 text-primary" />
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-1 text-xs">
        <span dir="auto" className="truncate font-medium text-ink">
          {name}
        </span>
        {failed ? (
          <span role="alert" className="text-danger">
            {t(uploadErrorKey(item.error))}
          </span>
        ) : item.status === 'uploading' ? (
          <progress
            max={100}
            value={percent}
            aria-label={t('messaging.attachments.uploading', {
              name,
              percent: formatNumber(percent, language),
            })}
            className="h-1.5 w-full accent-primary"
          />
        ) : (
          <span className="text-ink-muted">
            {formatFileSize(item.uploaded?.size ?? item.file.size, language)} ·{' '}
            {t('messaging.attachments.ready')}
          </span>
        )}
      </div>
      {failed && retryable(item.error) && (
        <Button variant="secondary" className="min-h-9 px-2 text-xs" onClick={onRetry}>
          {t('messaging.attachments.retry')}
        </Button>
      )}
      <button
        type="button"
        onClick={onRemove}
        aria-label={t(
          item.status === 'uploading'
            ? 'messaging.attachments.cancel'
            : 'messaging.attachments.remove',
          { name },
        )}
        className="grid size-9 shrink-0 place-items-center rounded-full text-ink-muted hover:bg-surface hover:text-ink"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M6 6l12 12M18 6 6 18" />
        </svg>
      </button>
    </li>
  )
}
