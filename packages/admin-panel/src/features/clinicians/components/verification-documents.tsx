import { Card, DateTimeText, ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { useVerificationDocuments } from '../api/clinician.ts'

/**
 * The psychologist's documents, each opened by the server's access-checked download in a new
 * tab (the session cookie signs it); every listing and every opening is audited there.
 */
export function VerificationDocuments({ id }: { id: string }) {
  const { t } = useTranslation()
  const documents = useVerificationDocuments(id)
  return (
    <Card className="flex flex-col gap-3 p-5">
      <h2 className="text-lg font-bold text-ink">{t('clinicians.review.documentsTitle')}</h2>
      <p className="text-sm text-ink-muted">{t('clinicians.review.documentsLead')}</p>
      {documents.isPending ? (
        <LoadingState />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => documents.refetch()} />
      ) : documents.data.items.length === 0 ? (
        <p className="text-ink-muted">{t('clinicians.review.noDocuments')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {documents.data.items.map((document) => (
            <li
              key={document.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
            >
              <a
                href={document.url}
                target="_blank"
                rel="noopener"
                className="font-semibold text-primary hover:underline"
                aria-label={t('clinicians.review.open', { name: document.displayName })}
              >
                <span dir="auto">{document.displayName}</span>
              </a>
              <span className="text-sm text-ink-muted">
                {t('clinicians.review.uploadedAt')} <DateTimeText value={document.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
