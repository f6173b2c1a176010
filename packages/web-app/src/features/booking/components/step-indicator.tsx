import { cx, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'

export const BOOKING_STEPS = ['type', 'slot', 'summary'] as const
export type BookingStep = (typeof BOOKING_STEPS)[number]

/** Where in the three steps the person is; the current one is announced as such. */
export function StepIndicator({ current }: { current: BookingStep }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const currentIndex = BOOKING_STEPS.indexOf(current)
  return (
    <ol aria-label={t('booking.steps.label')} className="grid grid-cols-3 gap-2">
      {BOOKING_STEPS.map((step, index) => (
        <li
          key={step}
          aria-current={step === current ? 'step' : undefined}
          className={cx(
            'flex flex-col gap-1.5 border-t-4 pt-2 text-sm',
            index <= currentIndex ? 'border-primary text-ink' : 'border-line text-ink-muted',
            step === current && 'font-bold',
          )}
        >
          <span>
            {formatNumber(index + 1, language)}. {t(`booking.steps.${step}`)}
          </span>
        </li>
      ))}
    </ol>
  )
}
