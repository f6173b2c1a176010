import { useQueryClient } from '@tanstack/react-query'
import { EmptyState, ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { useEffect } from 'react'
import { Link, useParams } from 'react-router'
import { companionKeys } from '../api/companion-keys.ts'
import { inReadingOrder } from '../api/messages.ts'
import { isNoLongerShared, useSharedConversation, useSharedMessagePages } from '../api/shared.ts'
import { useConversationTitle } from '../conversation-title.ts'
import { SharedTranscript } from './shared-transcript.tsx'

const BACK = '/companion/shared'

/** /companion/shared/:id: one conversation a patient shared with me, read-only. */
export function SharedTranscriptPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const queryClient = useQueryClient()
  const pages = useSharedMessagePages(id)
  const conversation = useSharedConversation(id)
  const titleOf = useConversationTitle()
  const gone = isNoLongerShared(pages.error)
  const patient = conversation?.patient.name
  const named = { patient: patient ?? '' }

  // Withdrawn: the list should not offer it again.
  useEffect(() => {
    if (gone) void queryClient.invalidateQueries({ queryKey: companionKeys.sharedList })
  }, [gone, queryClient])

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <title>
        {patient
          ? t('companion.shared.transcript.pageTitle', named)
          : t('companion.shared.transcript.pageTitleUnnamed')}
      </title>
      <header className="flex flex-col gap-2">
        <Link to={BACK} className="self-start font-medium text-primary hover:underline">
          {t('companion.shared.transcript.back')}
        </Link>
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {patient
            ? t('companion.shared.transcript.heading', named)
            : t('companion.shared.transcript.headingUnnamed')}
        </h1>
        {conversation && !gone && (
          <p className="flex min-w-0 gap-1 text-ink-muted">
            {t('companion.shared.transcript.conversation')}
            <bdi className="truncate font-semibold text-ink">{titleOf(conversation)}</bdi>
          </p>
        )}
      </header>
      {gone ? (
        <EmptyState
          title={t('companion.shared.transcript.goneTitle')}
          description={t('companion.shared.transcript.goneBody')}
          action={
            <Link to={BACK} className="font-medium text-primary hover:underline">
              {t('companion.shared.transcript.back')}
            </Link>
          }
        />
      ) : (
        <>
          {/* A standing note, not news: no live region. */}
          <div className="flex flex-col gap-1 rounded-xl bg-primary-soft px-4 py-3 text-ink">
            <p className="font-medium">
              {patient
                ? t('companion.shared.transcript.notice', named)
                : t('companion.shared.transcript.noticeUnnamed')}
            </p>
            <p className="text-sm text-ink-muted">{t('companion.shared.transcript.audited')}</p>
          </div>
          {pages.isPending ? (
            <LoadingState />
          ) : pages.isError && !pages.data ? (
            <ErrorState error={pages.error} onRetry={() => pages.refetch()} />
          ) : (
            <SharedTranscript
              items={inReadingOrder(pages.data)}
              patient={patient ?? t('companion.shared.transcript.patient')}
              hasOlder={pages.hasNextPage}
              onLoadOlder={async () => {
                const answer = await pages.fetchNextPage()
                if (answer.isError) throw answer.error
              }}
            />
          )}
        </>
      )}
    </div>
  )
}
