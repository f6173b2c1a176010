import type { DocumentFile } from '@yektayar/shared/types'
import { formatDate, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { Fragment } from 'react'
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
  // Each part isolated: "PDF" next to Persian digits would otherwise pull them into its
  // left-to-right run and swap the order of the parts in a right-to-left line.
  const parts = [
    t(`documentFiles.kinds.${fileKindOf(document.mime)}`),
    formatFileSize(document.size, language),
    formatDate(document.createdAt, language, { style: 'long', timeZone }),
  ]
  return (
    <div className="flex min-w-0 items-center gap-3">
      <FileIcon className="size-10 shrink-0 rounded-lg bg-primary-soft p-1.5 text-primary" />
      <div className="flex min-w-0 flex-col">
        {/* Isolated in its own direction, yet aligned with the line below it. */}
        <span className="truncate font-semibold text-ink">
          <bdi>{document.displayName}</bdi>
        </span>
        <span className="text-sm text-ink-muted">
          {parts.map((part, index) => (
            <Fragment key={part}>
              {index > 0 && ' · '}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
        </span>
      </div>
    </div>
  )
}
