import { Card, Icon, useTranslation } from '@yektayar/ui'
import { DASHBOARD_ICONS } from './dashboard-icons.ts'

const AREAS = [
  'users',
  'psychologists',
  'appointments',
  'payments',
  'content',
  'support',
  'audit',
  'settings',
] as const

/** Landing of the panel for signed-in staff: what it manages. */
export function DashboardPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-12 px-4 py-12 sm:py-16">
      <title>{t('dashboard.pageTitle')}</title>
      <section className="flex flex-col items-start gap-4">
        <p className="rounded-full bg-primary-soft px-4 py-1.5 text-sm font-semibold text-primary">
          {t('dashboard.eyebrow')}
        </p>
        <h1 className="text-3xl font-extrabold text-ink sm:text-4xl">{t('dashboard.title')}</h1>
        <p className="max-w-3xl text-lg leading-relaxed text-ink-muted">{t('dashboard.lead')}</p>
      </section>
      <section aria-labelledby="areas-title">
        <h2 id="areas-title" className="text-2xl font-bold text-ink">
          {t('dashboard.areasTitle')}
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {AREAS.map((area) => (
            <li key={area}>
              <Card className="flex h-full flex-col gap-3 p-5">
                <span className="flex size-11 items-center justify-center rounded-xl bg-primary-soft text-primary">
                  <Icon path={DASHBOARD_ICONS[area]} />
                </span>
                <h3 className="font-bold text-ink">{t(`dashboard.areas.${area}.title`)}</h3>
                <p className="text-sm leading-relaxed text-ink-muted">
                  {t(`dashboard.areas.${area}.body`)}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
