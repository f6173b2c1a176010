import { Button, dayKeyOf, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { SlotChooser } from '../../../shared/slots/slot-chooser.tsx'
import { useSlotCalendar } from '../../../shared/slots/use-slot-calendar.ts'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'

export interface SlotStepProps {
  psychologistId: string
  sessionTypeId: string
  /** The chosen start instant, as the API sent it. */
  value: string | null
  onChange: (slot: string) => void
  onContinue: () => void
  onChangeType: () => void
  /** Why the person is back here (a slot just taken), shown above the calendar. */
  notice?: ReactNode
}

/** A Jalali (fa) month of days with free times, then the free times of the chosen day. */
export function SlotStep(props: SlotStepProps) {
  const { psychologistId, sessionTypeId, value, onChange, onContinue, onChangeType, notice } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const calendar = useSlotCalendar(psychologistId, sessionTypeId, () =>
    value ? dayKeyOf(value, timeZone) : null,
  )
  const { slots, day } = calendar

  return (
    <section className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-bold text-ink">{t('booking.slot.title')}</h2>
        <Button variant="ghost" onClick={onChangeType}>
          {t('booking.slot.changeType')}
        </Button>
      </div>
      {notice}
      <p className="text-sm text-ink-muted">
        {t('booking.slot.zone', { zone: zoneName(timeZone, language) })}
      </p>
      <SlotChooser {...calendar} value={value} onChange={onChange} messages="booking.slot">
        <Button size="lg" disabled={!value || !day || !slots.includes(value)} onClick={onContinue}>
          {t('booking.slot.continue')}
        </Button>
      </SlotChooser>
    </section>
  )
}
