import { buttonClasses, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { CareSection } from './care-section.tsx'
import { HeroSection } from './hero-section.tsx'
import { OfferingsSection } from './offerings-section.tsx'
import { StepsSection } from './steps-section.tsx'

export function HomePage() {
  const { t } = useTranslation()
  return (
    <>
      <title>{t('home.pageTitle')}</title>
      <HeroSection />
      <OfferingsSection />
      <StepsSection />
      <CareSection />
      <section className="mx-auto w-full max-w-6xl px-4 pb-20">
        <div className="flex flex-col items-start gap-4 rounded-3xl bg-primary px-6 py-10 text-on-primary sm:flex-row sm:items-center sm:justify-between sm:px-10">
          <div>
            <h2 className="text-2xl font-extrabold">{t('home.closing.title')}</h2>
            <p className="mt-1 opacity-90">{t('home.closing.body')}</p>
          </div>
          <Link
            to="/sign-in"
            className={buttonClasses({ size: 'lg', variant: 'secondary', className: 'shrink-0' })}
          >
            {t('home.closing.action')}
          </Link>
        </div>
      </section>
    </>
  )
}
