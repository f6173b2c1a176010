import type { DocumentFile } from '@yektayar/shared/types'
import {
  Card,
  ErrorState,
  formatDate,
  isApiError,
  LoadingState,
  LoadMore,
  useLanguage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { addDocumentFilesMessages } from './document-files-messages.ts'
import { DocumentSummary } from './document-summary.tsx'
import { OpenDocumentLink } from './open-document-link.tsx'
import { usePatientDocuments } from './patient-documents.ts'

export interface PatientDocumentsSectionProps {
  patientId: string
  /** The session on screen, if any: documents brought for it are marked. */
  appointmentId?: string
}

/**
 * A patient's documents, for their psychologist on a session's page. The server answers 404
 * until the two have a confirmed session: that is said plainly, not shown as a failure.
 */
export function PatientDocumentsSection({
  patientId,
  appointmentId,
}: PatientDocumentsSectionProps) {
  addDocumentFilesMessages()
  const { t } = useTranslation()
  const pages = usePatientDocuments(patientId)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  const notYet = isApiError(pages.error) && pages.error.code === 'NOT_FOUND'
  return (
    <Card className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-bold text-ink">{t('documentFiles.psychologistView.title')}</h2>
        <p className="text-sm text-ink-muted">{t('documentFiles.psychologistView.lead')}</p>
      </header>
      {pages.isPending ? (
        <LoadingState className="py-4" />
      ) : notYet ? (
        <p className="text-ink-muted">{t('documentFiles.psychologistView.notYet')}</p>
      ) : pages.isError && items.length === 0 ? (
        <ErrorState error={pages.error} onRetry={() => pages.refetch()} />
      ) : items.length === 0 ? (
        <p className="text-ink-muted">{t('documentFiles.psychologistView.empty')}</p>
      ) : (
        <ul aria-label={t('documentFiles.psychologistView.list')} className="flex flex-col gap-2">
          {items.map((document) => (
            <PatientDocumentItem
              key={document.id}
              document={document}
              appointmentId={appointmentId}
            />
          ))}
        </ul>
      )}
      <LoadMore pages={pages} label={t('documentFiles.psychologistView.more')} />
    </Card>
  )
}

function PatientDocumentItem(props: { document: DocumentFile; appointmentId?: string }) {
  const { document, appointmentId } = props
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line p-3">
      <div className="flex min-w-0 flex-col gap-1.5">
        <DocumentSummary document={document} />
        <SessionLabel session={document.appointment} current={appointmentId} />
      </div>
      <OpenDocumentLink document={document} />
    </li>
  )
}

/** Which of the reader's sessions the patient brought it for, if any. */
function SessionLabel(props: { session: DocumentFile['appointment']; current?: string }) {
  const { session, current } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  if (!session) return null
  const text =
    session.id === current
      ? t('documentFiles.psychologistView.thisSession')
      : t('documentFiles.session', {
          date: formatDate(session.startsAt, language, { style: 'long', timeZone }),
        })
  return (
    <span className="w-fit rounded-full bg-primary-soft px-2.5 py-0.5 text-xs font-semibold text-primary">
      {text}
    </span>
  )
}
