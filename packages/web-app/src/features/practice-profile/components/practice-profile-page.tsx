import type { MyProfessionalProfile } from '@yektayar/shared/types'
import { buttonClasses, Icon, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { useMyProfile } from '../../../shared/api/my-profile.ts'
import { Page } from '../../../shared/page.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { addPracticeProfileMessages } from '../practice-profile-messages.ts'
import { PhotoSection } from './photo-section.tsx'
import { PracticeForm } from './practice-form.tsx'

const OPEN = 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5'

/** /practice: a psychologist's public page as they edit it, bio to session types and prices. */
export function PracticeProfilePage() {
  // Before any child asks for them: the editor's strings are not in the first-screen bundle.
  addPracticeProfileMessages()
  const profile = useMyProfile()
  return (
    <Page messages="practiceProfile" width="max-w-4xl">
      <QueryStates query={profile}>
        {(data) => (
          <>
            {data.rejectionReason ? <ReviewNote reason={data.rejectionReason} /> : null}
            <PublicPageLink profile={data} />
            <PhotoSection profile={data} />
            <PracticeForm profile={data} />
          </>
        )}
      </QueryStates>
    </Page>
  )
}

function PublicPageLink({ profile }: { profile: MyProfessionalProfile }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-2 rounded-xl bg-surface-muted p-4 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-ink-muted">
        {profile.isVerified
          ? t('practiceProfile.public.verified')
          : t('practiceProfile.public.unverified')}
      </p>
      <Link
        to={`/psychologists/${profile.id}`}
        className={buttonClasses({ variant: 'secondary', className: 'shrink-0' })}
      >
        <Icon path={OPEN} className="size-4" />
        {t('practiceProfile.public.view')}
      </Link>
    </div>
  )
}

/** The last verification review sent the profile back: what to fix, in the reviewer's words. */
function ReviewNote({ reason }: { reason: string }) {
  const { t } = useTranslation()
  return (
    <section
      aria-labelledby="review-note-title"
      className="flex flex-col gap-2 rounded-xl border border-accent/40 bg-accent-soft p-4"
    >
      <h2 id="review-note-title" className="font-bold text-ink">
        {t('practiceProfile.review.title')}
      </h2>
      <p className="text-sm text-ink-muted">{t('practiceProfile.review.lead')}</p>
      <blockquote className="whitespace-pre-line border-s-4 border-accent ps-3 text-ink">
        {reason}
      </blockquote>
      <p className="text-sm text-ink-muted">{t('practiceProfile.review.next')}</p>
    </section>
  )
}
