import type { DocumentFile } from '@yektayar/shared/types'
import { formatDate, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { FileIcon } from '../files/file-icon.tsx'
import { fileKindOf, formatFileSize } from '../files/file-size.ts'

/**
 * A document's name and what it is: kind, size and the day it was uploaded, in the reader's
 * digits and calendar (Jalali in Persian). No thumbnail: for a psychologist every fetch of a
 * patient's document is an audited read, and a list would read them all.
 */
export function DocumentSummary({ document }: { document: DocumentFile }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const meta = t('documentFiles.meta', {
    kind: t(`documentFiles.kinds.${fileKindOf(document.mime)}`),
    size: formatFileSize(document.size, language),
    date: formatDate(document.createdAt, language, { style: 'long', timeZone }),
  })
  return (
    <div className="flex min-w-0 items-center gap-3">
      <FileIcon className="size-10 shrink-0 rounded-lg bg-primary-soft p-1.5 text-primary" />
      <div className="flex min-w-0 flex-col">
        <span dir="auto" className="truncate font-semibold text-ink">
          {document.displayName}
        </span>
        <span className="text-sm text-ink-muted">{meta}</span>
      </div>
    </div>
  )
}
