import { Card, Icon, useTranslation } from '@yektayar/ui'
import { HOME_ICONS } from './home-icons.ts'

const EMERGENCY_LINES = [
  { key: 'social', tel: '123' },
  { key: 'medical', tel: '115' },
] as const

/** Privacy promise and where to turn in a crisis: the two things people ask before trusting us. */
export function CareSection() {
  const { t } = useTranslation()
  return (
    <section className="mx-auto grid w-full max-w-6xl gap-5 px-4 py-16 md:grid-cols-2">
      <Card className="flex flex-col gap-3">
        <Icon path={HOME_ICONS.shield} className="size-8 text-primary" />
        <h2 className="text-xl font-bold text-ink">{t('home.privacy.title')}</h2>
        <p className="leading-relaxed text-ink-muted">{t('home.privacy.body')}</p>
      </Card>
      <div className="flex flex-col gap-3 rounded-2xl bg-danger-soft p-6">
        <Icon path={HOME_ICONS.phone} className="size-8 text-danger" />
        <h2 className="text-xl font-bold text-danger">{t('home.crisis.title')}</h2>
        <p className="leading-relaxed text-ink">{t('home.crisis.body')}</p>
        <div className="flex flex-wrap gap-3">
          {EMERGENCY_LINES.map(({ key, tel }) => (
            <a
              key={key}
              href={`tel:${tel}`}
              className="inline-flex min-h-11 items-center rounded-xl bg-surface px-4 font-bold text-danger"
            >
              {t(`home.crisis.${key}`)}
            </a>
          ))}
        </div>
      </div>
    </section>
  )
}
