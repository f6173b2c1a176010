import { Card, Icon, useTranslation } from '@yektayar/ui'
import { HOME_ICONS } from './home-icons.ts'

// In the order a new patient meets them: find, book, talk, then the work between sessions.
const OFFERINGS = ['find', 'book', 'talk', 'assess', 'learn', 'companion'] as const

export function OfferingsSection() {
  const { t } = useTranslation()
  return (
    <section
      id="offerings"
      aria-labelledby="offerings-title"
      className="mx-auto w-full max-w-6xl scroll-mt-8 px-4 py-16"
    >
      <h2 id="offerings-title" className="text-3xl font-extrabold text-ink">
        {t('home.offerings.title')}
      </h2>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t('home.offerings.lead')}</p>
      <ul className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {OFFERINGS.map((offering) => (
          <li key={offering}>
            <Card className="flex h-full flex-col gap-3">
              <span className="flex size-12 items-center justify-center rounded-xl bg-primary-soft text-primary">
                <Icon path={HOME_ICONS[offering]} />
              </span>
              <h3 className="text-lg font-bold text-ink">
                {t(`home.offerings.${offering}.title`)}
              </h3>
              <p className="leading-relaxed text-ink-muted">
                {t(`home.offerings.${offering}.body`)}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  )
}
