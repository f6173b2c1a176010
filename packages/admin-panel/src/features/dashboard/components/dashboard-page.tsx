import { DASHBOARD_FIGURES } from '@yektayar/shared/types'
import { DateTimeText, ErrorState, LoadingState, useSession, useTranslation } from '@yektayar/ui'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useDashboard } from '../api/dashboard.ts'
import { FigureCard } from './figure-card.tsx'

/** The panel's landing: the platform's figures by Jalali week (reports.read), each to its list. */
export function DashboardPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('dashboard.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('dashboard.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('dashboard.lead')}</p>
      </header>
      <RequirePermission permission="reports.read">
        <Figures />
      </RequirePermission>
    </div>
  )
}

function Figures() {
  const { t } = useTranslation()
  const allowed = useSession().data?.permissions.includes('reports.read') ?? false
  const dashboard = useDashboard(allowed)
  if (dashboard.isPending) return <LoadingState />
  if (dashboard.isError) {
    return <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
  }
  const byKey = new Map(dashboard.data.figures.map((figure) => [figure.key, figure]))
  return (
    <section aria-labelledby="figures-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="figures-title" className="text-xl font-bold text-ink">
          {t('dashboard.figuresTitle')}
        </h2>
        <p className="text-sm text-ink-muted">
          {t('dashboard.computedAt')} <DateTimeText value={dashboard.data.computedAt} />
        </p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {DASHBOARD_FIGURES.map((key) => {
          const figure = byKey.get(key)
          return figure ? (
            <li key={key} className="flex">
              <FigureCard figure={figure} />
            </li>
          ) : null
        })}
      </ul>
    </section>
  )
}
