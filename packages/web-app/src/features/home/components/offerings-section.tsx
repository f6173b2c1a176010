import { Card, cx, Icon, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { OFFERINGS } from '../offerings.ts'
import { HOME_ICONS } from './home-icons.ts'

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
        {OFFERINGS.map(({ key, to }) => (
          <li key={key}>
            <Card
              className={cx(
                'relative flex h-full flex-col gap-3',
                to
                  ? 'transition-colors focus-within:border-primary hover:border-primary'
                  : 'border-dashed bg-surface-muted shadow-none',
              )}
            >
              <span
                className={cx(
                  'flex size-12 items-center justify-center rounded-xl',
                  to ? 'bg-primary-soft text-primary' : 'bg-surface text-ink-muted',
                )}
              >
                <Icon path={HOME_ICONS[key]} />
              </span>
              <h3 className="flex flex-wrap items-center gap-2 text-lg font-bold text-ink">
                {to ? (
                  <Link to={to} className="after:absolute after:inset-0 hover:text-primary">
                    {t(`home.offerings.${key}.title`)}
                  </Link>
                ) : (
                  <>
                    {t(`home.offerings.${key}.title`)}
                    <span className="rounded-full border border-line-strong bg-surface px-2.5 py-0.5 text-xs font-semibold text-ink-muted">
                      {t('home.offerings.coming')}
                    </span>
                  </>
                )}
              </h3>
              <p className="leading-relaxed text-ink-muted">{t(`home.offerings.${key}.body`)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  )
}
