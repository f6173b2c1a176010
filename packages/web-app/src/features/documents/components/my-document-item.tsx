import type { AppointmentView, DocumentFile } from '@yektayar/shared/types'
import { DocumentSummary } from '../../../shared/documents/document-summary.tsx'
import { OpenDocumentLink } from '../../../shared/documents/open-document-link.tsx'
import { DeleteDocument } from './delete-document.tsx'
import { SessionSelect } from './session-select.tsx'

export interface MyDocumentItemProps {
  document: DocumentFile
  sessions: AppointmentView[]
  onDeleted: (document: DocumentFile) => void
}

/** One of my documents: what it is, the session it is for, open it, delete it. */
export function MyDocumentItem({ document, sessions, onDeleted }: MyDocumentItemProps) {
  return (
    <li
      data-document-id={document.id}
      className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-4 shadow-sm"
    >
      <DocumentSummary document={document} />
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1 basis-60">
          <SessionSelect document={document} sessions={sessions} />
        </div>
        {/* Beside the select (from sm up), level with its box rather than its label. */}
        <div className="flex flex-wrap items-center gap-2 sm:pt-6">
          <OpenDocumentLink document={document} />
          <DeleteDocument document={document} onDeleted={onDeleted} />
        </div>
      </div>
    </li>
  )
}
