import { formatNumber, useLanguage, useTranslation } from '@yektayar/ui'

const STEPS = ['signIn', 'choose', 'meet'] as const

export function StepsSection() {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section aria-labelledby="steps-title" className="bg-surface-muted">
      <div className="mx-auto w-full max-w-6xl px-4 py-16">
        <h2 id="steps-title" className="text-3xl font-extrabold text-ink">
          {t('home.steps.title')}
        </h2>
        <ol className="mt-10 grid gap-8 sm:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step} className="flex gap-4">
              <span
                aria-hidden="true"
                className="flex size-11 shrink-0 items-center justify-center rounded-full bg-primary text-lg font-bold text-on-primary"
              >
                {formatNumber(index + 1, language)}
              </span>
              <div>
                <h3 className="text-lg font-bold text-ink">{t(`home.steps.${step}.title`)}</h3>
                <p className="mt-1 leading-relaxed text-ink-muted">
                  {t(`home.steps.${step}.body`)}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  )
}
