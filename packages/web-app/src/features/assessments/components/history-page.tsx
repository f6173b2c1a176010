import type { AssessmentResultSummary } from '@yektayar/shared/types'
import {
  buttonClasses,
  Card,
  ErrorState,
  formatDate,
  formatNumber,
  LoadingState,
  LoadMore,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link, useParams } from 'react-router'
import { inLanguage } from '../../../shared/assessments/bilingual.ts'
import { TrendChart } from '../../../shared/assessments/trend-chart.tsx'
import { useAssessment } from '../api/assessment.ts'
import { useResults } from '../api/results.ts'
import { addAssessmentsMessages } from '../assessments-messages.ts'
import { bandLabel } from './band-label.ts'

/** /assessments/:id/history: my scores of one instrument over time, chart and list. */
export function HistoryPage() {
  addAssessmentsMessages()
  const { t } = useTranslation()
  const language = useLanguage()
  const { id = '' } = useParams()
  const assessment = useAssessment(id)
  const results = useResults(assessment.data?.id)
  const title = assessment.data ? inLanguage(assessment.data.title, language) : ''
  const items = results.data?.pages.flatMap((page) => page.items) ?? []
  const failed = assessment.error ?? results.error
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6 sm:py-10">
      <Link to="/assessments" className="w-fit font-medium text-primary hover:underline">
        {t('assessments.result.back')}
      </Link>
      {failed ? (
        <ErrorState
          error={failed}
          onRetry={() => (assessment.isError ? assessment.refetch() : results.refetch())}
        />
      ) : assessment.isPending || results.isPending ? (
        <LoadingState />
      ) : !assessment.data ? null : (
        <>
          <title>{t('assessments.history.pageTitle', { title })}</title>
          <header className="flex flex-col gap-2">
            <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
              {t('assessments.history.title', { title })}
            </h1>
            <p className="text-ink-muted">{t('assessments.history.lead')}</p>
          </header>
          {items.length === 0 ? (
            <p className="text-ink-muted">{t('assessments.history.empty')}</p>
          ) : (
            <Card>
              <TrendChart
                label={t('assessments.history.chart', { title })}
                points={[...items]
                  .reverse()
                  .flatMap((r) =>
                    r.total === null
                      ? []
                      : [{ completedAt: r.completedAt, total: r.total, band: r.band }],
                  )}
                min={0}
                max={Math.max(...assessment.data.bands.map((b) => b.max), 1)}
                bands={assessment.data.bands}
              />
            </Card>
          )}
          <Link
            to={`/assessments/${assessment.data.slug}`}
            className={buttonClasses({ variant: 'primary', className: 'w-fit' })}
          >
            {t('assessments.history.take')}
          </Link>
          {items.length > 0 && (
            <section aria-labelledby="all-results" className="flex flex-col gap-3">
              <h2 id="all-results" className="text-lg font-bold text-ink">
                {t('assessments.history.list')}
              </h2>
              <ul className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
                {items.map((item) => (
                  <ResultRow key={item.id} item={item} />
                ))}
              </ul>
              <LoadMore pages={results} label={t('assessments.history.more')} />
            </section>
          )}
        </>
      )}
    </div>
  )
}

function ResultRow({ item }: { item: AssessmentResultSummary }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <li className="flex items-center justify-between gap-3 px-4 py-3">
      <div className="flex flex-col">
        <span className="font-semibold text-ink">
          {formatNumber(item.total ?? 0, language)} · {item.band ? bandLabel(item.band, t) : ''}
        </span>
        <span className="text-sm text-ink-muted">
          {formatDate(item.completedAt, language, { style: 'long' })} ·{' '}
          {item.sharedWithPsychologist
            ? t('assessments.history.shared')
            : t('assessments.history.private')}
        </span>
      </div>
      <Link
        to={`/assessments/results/${item.id}`}
        className="font-semibold text-primary hover:underline"
      >
        {t('assessments.history.open')}
      </Link>
    </li>
  )
}
