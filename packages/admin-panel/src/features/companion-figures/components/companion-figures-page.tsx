import {
  Card,
  EmptyState,
  ErrorState,
  formatNumber,
  LoadingState,
  SelectField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useCompanionFigures } from '../api/companion-figures.ts'
import {
  type CompanionDay,
  FIGURE_KINDS,
  type FigureKind,
  PERIODS,
  periodOf,
  totalsOf,
} from '../figure-totals.ts'
import { DayBarChart } from './day-bar-chart.tsx'
import { FiguresTable } from './figures-table.tsx'

/** The AI companion's usage figures (reports.read): counts per day, never content. */
export function CompanionFiguresPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('companionFigures.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t('companionFigures.title')}
        </h1>
        <p className="max-w-3xl text-ink-muted">{t('companionFigures.lead')}</p>
      </header>
      <RequirePermission permission="reports.read">
        <Figures />
      </RequirePermission>
    </div>
  )
}

function Figures() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const days = periodOf(search)
  const figures = useCompanionFigures(days)
  return (
    <>
      <SelectField
        label={t('companionFigures.period')}
        className="max-w-xs"
        value={String(days)}
        onChange={(event) => setSearch({ days: event.target.value })}
        options={PERIODS.map((period) => [String(period), t(`companionFigures.periods.${period}`)])}
      />
      {figures.isPending ? (
        <LoadingState />
      ) : figures.isError ? (
        <ErrorState error={figures.error} onRetry={() => figures.refetch()} />
      ) : figures.data.days.every((day) => FIGURE_KINDS.every((kind) => day[kind] === 0)) ? (
        <EmptyState title={t('companionFigures.empty')} />
      ) : (
        <FiguresOf days={figures.data.days} />
      )}
    </>
  )
}

function FiguresOf({ days }: { days: readonly CompanionDay[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [kind, setKind] = useState<FigureKind>('messages')
  const totals = totalsOf(days)
  return (
    <>
      <section aria-labelledby="companion-totals" className="flex flex-col gap-3">
        <h2 id="companion-totals" className="text-xl font-bold text-ink">
          {t('companionFigures.totalsTitle')}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {FIGURE_KINDS.map((figure) => (
            <Card key={figure} className="flex flex-col gap-1 p-4">
              <dt className="text-sm font-medium text-ink-muted">
                {t(`companionFigures.figures.${figure}`)}
              </dt>
              <dd className="text-2xl font-extrabold text-ink" data-testid={`total-${figure}`}>
                {formatNumber(totals[figure], language)}
              </dd>
              <dd className="text-xs text-ink-muted">{t(`companionFigures.hints.${figure}`)}</dd>
            </Card>
          ))}
        </dl>
      </section>
      <section aria-labelledby="companion-per-day" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="companion-per-day" className="text-xl font-bold text-ink">
            {t('companionFigures.chartTitle')}
          </h2>
          <SelectField
            label={t('companionFigures.chartOf')}
            value={kind}
            onChange={(event) => setKind(event.target.value as FigureKind)}
            options={FIGURE_KINDS.map((figure) => [
              figure,
              t(`companionFigures.figures.${figure}`),
            ])}
          />
        </div>
        <Card className="p-4">
          <DayBarChart days={days} kind={kind} />
        </Card>
        <FiguresTable days={days} />
      </section>
    </>
  )
}
