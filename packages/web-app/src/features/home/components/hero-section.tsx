import { buttonClasses, Icon, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { HOME_ICONS } from './home-icons.ts'

const POINTS = ['verified', 'online', 'private'] as const

export function HeroSection() {
  const { t } = useTranslation()
  return (
    <section className="relative isolate overflow-hidden">
      <div aria-hidden="true" className="-z-10 absolute inset-0">
        <div className="-top-32 -end-24 absolute size-96 rounded-full bg-primary-soft blur-3xl" />
        <div className="-start-24 absolute top-40 size-80 rounded-full bg-accent-soft blur-3xl" />
      </div>
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 pt-14 pb-16 sm:pt-20 sm:pb-24">
        <p className="w-fit rounded-full bg-surface px-4 py-1.5 text-sm font-semibold text-primary shadow-sm">
          {t('home.hero.eyebrow')}
        </p>
        <h1 className="max-w-3xl text-4xl leading-tight font-extrabold text-balance text-ink sm:text-5xl">
          {t('home.hero.title')}
        </h1>
        <p className="max-w-2xl text-lg leading-relaxed text-ink-muted">{t('home.hero.lead')}</p>
        <div className="flex flex-wrap gap-3">
          <Link to="/sign-in" className={buttonClasses({ size: 'lg' })}>
            {t('home.hero.start')}
          </Link>
          {/* The directory is public: people look before they sign up. */}
          <Link to="/psychologists" className={buttonClasses({ size: 'lg', variant: 'secondary' })}>
            {t('home.hero.browse')}
          </Link>
        </div>
        <ul className="flex flex-col gap-2 pt-2 text-ink sm:flex-row sm:gap-6">
          {POINTS.map((point) => (
            <li key={point} className="flex items-center gap-2">
              <Icon path={HOME_ICONS.check} className="size-5 text-primary" />
              {t(`home.hero.points.${point}`)}
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
