import type { ClinicianDetail } from '@yektayar/shared/types'
import {
  DateTimeText,
  ErrorState,
  LoadingState,
  Notice,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useClinician } from '../api/clinician.ts'
import { nameOf } from '../clinician-name.ts'
import { ListingDialog } from './listing-dialog.tsx'
import { ProfileReview } from './profile-review.tsx'
import { ReviewActions } from './review-actions.tsx'
import { ReviewStateBadge } from './review-state-badge.tsx'
import { VerificationDocuments } from './verification-documents.tsx'

/** /clinicians/:id: one psychologist's profile and documents, and the verifier's decision. */
export function ClinicianReviewPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-8 sm:py-10">
      <Link
        to="/clinicians"
        className="self-start text-sm font-semibold text-primary hover:underline"
      >
        {t('clinicians.back')}
      </Link>
      <RequirePermission permission="professionals.verify">
        <Review />
      </RequirePermission>
    </div>
  )
}

function Review() {
  const { id = '' } = useParams()
  const allowed = useSession().data?.permissions.includes('professionals.verify') ?? false
  const clinician = useClinician(id)
  if (!allowed) return null
  if (clinician.isPending) return <LoadingState />
  if (clinician.isError)
    return <ErrorState error={clinician.error} onRetry={() => clinician.refetch()} />
  return <ReviewOf clinician={clinician.data} />
}

function ReviewOf({ clinician }: { clinician: ClinicianDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [notice, setNotice] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const name = nameOf(clinician.name, language) || t('clinicians.unnamed')
  const { review } = clinician
  return (
    <>
      <title>{t('clinicians.review.pageTitle', { name })}</title>
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{name}</h1>
          <ReviewStateBadge state={review.state} />
        </div>
        {!clinician.isActive && (
          <p className="font-medium text-danger">{t('clinicians.review.inactive')}</p>
        )}
        {review.reviewedAt && (
          <p className="text-sm text-ink-muted">
            {t('clinicians.review.reviewedAt')} <DateTimeText value={review.reviewedAt} />
          </p>
        )}
        {review.rejectionReason && (
          <div className="rounded-xl border border-danger/30 bg-danger-soft p-4">
            <h2 className="text-sm font-bold text-danger">{t('clinicians.review.lastReason')}</h2>
            <p className="mt-1 whitespace-pre-line text-ink">{review.rejectionReason}</p>
          </div>
        )}
      </header>
      {notice && (
        <Notice tone="success" onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      )}
      <ReviewActions
        clinician={clinician}
        name={name}
        onDone={setNotice}
        onEditListing={() => setEditing(true)}
      />
      <ProfileReview clinician={clinician} />
      <VerificationDocuments id={clinician.id} />
      <ListingDialog
        open={editing}
        clinician={clinician}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false)
          setNotice(t('clinicians.listing.saved'))
        }}
      />
    </>
  )
}
