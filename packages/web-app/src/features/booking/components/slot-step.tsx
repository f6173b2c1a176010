import {
  Button,
  type DayKey,
  dayKeyOf,
  daysWithSlots,
  useLanguage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { type ReactNode, useMemo, useState } from 'react'
import { type SlotRange, useAvailability } from '../api/availability.ts'
import { zoneName } from '../zone-name.ts'
import { SlotChooser } from './slot-chooser.tsx'

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

const NO_SLOTS: string[] = []

/** A Jalali (fa) month of days with free times, then the free times of the chosen day. */
export function SlotStep(props: SlotStepProps) {
  const { psychologistId, sessionTypeId, value, onChange, onContinue, onChangeType, notice } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const [range, setRange] = useState<SlotRange | null>(null)
  const [chosenDay, setChosenDay] = useState<DayKey | null>(() =>
    value ? dayKeyOf(value, timeZone) : null,
  )
  const availability = useAvailability(psychologistId, sessionTypeId, range)
  const slots = availability.data ?? NO_SLOTS
  const availableDays = useMemo(() => daysWithSlots(slots, timeZone), [slots, timeZone])
  // A day picked before the slots were refreshed may have none left: then nothing is chosen.
  const day = chosenDay && availableDays.has(chosenDay) ? chosenDay : null

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
      <SlotChooser
        availability={availability}
        range={range}
        onRangeChange={setRange}
        slots={slots}
        availableDays={availableDays}
        day={day}
        onSelectDay={setChosenDay}
        value={value}
        onChange={onChange}
        messages="booking.slot"
      >
        <Button size="lg" disabled={!value || !day || !slots.includes(value)} onClick={onContinue}>
          {t('booking.slot.continue')}
        </Button>
      </SlotChooser>
    </section>
  )
}
