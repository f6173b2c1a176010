import { buttonClasses, Card, useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { UploadItem } from './upload-item.tsx'
import type { DocumentUploads } from './use-document-uploads.ts'

/** What the server keeps as a document (files module, file-kinds.ts); it judges by content. */
const ACCEPT = 'application/pdf,.pdf,image/jpeg,image/png,image/webp,image/gif,image/avif'

/** Choose one or more files; each uploads at once, with its progress, until it is listed. */
export function DocumentUploader({ uploads }: { uploads: DocumentUploads }) {
  const { t } = useTranslation()
  const inputId = useId()
  const hintId = `${inputId}-hint`
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex flex-col gap-1">
          <h2 className="text-xl font-bold text-ink">{t('documents.upload.title')}</h2>
          <p id={hintId} className="text-sm text-ink-muted">
            {t('documents.upload.hint')}
          </p>
        </div>
        {/* A label, so the native picker opens from the keyboard and the hint is read with it. */}
        <label
          htmlFor={inputId}
          className={buttonClasses({
            className:
              'shrink-0 cursor-pointer focus-within:outline-2 focus-within:outline-offset-2',
          })}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M12 16V4m-4.5 4.5L12 4l4.5 4.5M5 20h14" />
          </svg>
          {t('documents.upload.choose')}
          <input
            id={inputId}
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby={hintId}
            className="sr-only"
            data-testid="document-input"
            onChange={(event) => {
              const files = Array.from(event.target.files ?? [])
              event.target.value = ''
              if (files.length > 0) uploads.add(files)
            }}
          />
        </label>
      </div>
      {uploads.items.length > 0 && (
        <ul aria-label={t('documents.upload.listLabel')} className="flex flex-col gap-2">
          {uploads.items.map((item) => (
            <UploadItem
              key={item.key}
              item={item}
              onRemove={() => uploads.remove(item.key)}
              onRetry={() => uploads.retry(item.key)}
            />
          ))}
        </ul>
      )}
    </Card>
  )
}
