import { EmptyState, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useOnCallCandidates } from '../api/on-call-candidates.ts'
import { useWaitText } from '../wait-text.ts'

/**
 * An empty rota is allowed, so say what it means (alert-paging.ts): everyone who may respond is
 * paged at once with the patient's psychologists, and every admin once nobody acknowledges.
 */
export function EmptyRota({ escalateAfterSeconds }: { escalateAfterSeconds: number }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const waitText = useWaitText()
  const candidates = useOnCallCandidates()
  const count = candidates.data?.items.length
  const description =
    count === undefined
      ? null
      : count === 0
        ? t('onCall.empty.nobody')
        : t('onCall.empty.body', {
            count: formatNumber(count, language),
            wait: waitText(escalateAfterSeconds),
          })
  return <EmptyState title={t('onCall.empty.title')} description={description} />
}
