import { Button, CrossIcon, cx, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { FileIcon } from '../../../shared/files/file-icon.tsx'
import { retryable, uploadErrorKey } from '../upload-errors.ts'
import type { DocumentUpload } from './use-document-uploads.ts'

/** One upload under way or failed: its progress, or why it failed and what may be done. */
export function UploadItem(props: {
  item: DocumentUpload
  onRemove: () => void
  onRetry: () => void
}) {
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
        'flex items-center gap-3 rounded-xl border bg-surface-muted p-3',
        failed ? 'border-danger' : 'border-line',
      )}
    >
      <FileIcon className="size-9 shrink-0 text-primary" />
      <div className="flex min-w-0 flex-1 flex-col gap-1.5 text-sm">
        <span className="truncate font-medium text-ink">
          <bdi>{name}</bdi>
        </span>
        {failed ? (
          <span role="alert" className="text-danger">
            {t(uploadErrorKey(item.error, item.file))}
          </span>
        ) : (
          <progress
            max={100}
            value={percent}
            aria-label={t('documents.upload.uploading', {
              name,
              percent: formatNumber(percent, language),
            })}
            className="h-2 w-full accent-primary"
          />
        )}
      </div>
      {failed && retryable(item.error) && (
        <Button variant="secondary" className="min-h-10 px-3" onClick={onRetry}>
          {t('documents.upload.retry')}
        </Button>
      )}
      <button
        type="button"
        onClick={onRemove}
        aria-label={t(failed ? 'documents.upload.dismiss' : 'documents.upload.cancel', { name })}
        className="grid size-10 shrink-0 place-items-center rounded-full text-ink-muted hover:bg-surface hover:text-ink"
      >
        <CrossIcon className="size-4" />
      </button>
    </li>
  )
}
