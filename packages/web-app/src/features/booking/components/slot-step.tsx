import {
  Button,
  type DayKey,
  dayKeyOf,
  daysWithSlots,
  ErrorState,
  LoadingState,
  MonthCalendar,
  SlotPicker,
  Spinner,
  useLanguage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { type ReactNode, useMemo, useState } from 'react'
import { type SlotRange, useAvailability } from '../api/availability.ts'
import { zoneName } from '../zone-name.ts'

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
  const today = dayKeyOf(Date.now(), timeZone)
  const [range, setRange] = useState<SlotRange | null>(null)
  const [chosenDay, setChosenDay] = useState<DayKey | null>(() =>
    value ? dayKeyOf(value, timeZone) : null,
  )
  const availability = useAvailability(psychologistId, sessionTypeId, range)
  const slots = availability.data ?? NO_SLOTS
  const availableDays = useMemo(() => daysWithSlots(slots, timeZone), [slots, timeZone])
  // A day picked before the slots were refreshed may have none left: then nothing is chosen.
  const day = chosenDay && availableDays.has(chosenDay) ? chosenDay : null

  const showMonth = (first: DayKey, last: DayKey) =>
    setRange({ from: first < today ? today : first, to: last, timeZone })

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
      <div className="grid gap-6 md:grid-cols-2">
        <div className="relative">
          <MonthCalendar
            label={t('booking.slot.calendarLabel')}
            availableDays={availableDays}
            selectedDay={day}
            onSelectDay={setChosenDay}
            minDay={today}
            today={today}
            onMonthChange={showMonth}
          />
          {availability.isFetching && (
            <p role="status" className="mt-2 flex items-center gap-2 text-sm text-ink-muted">
              <Spinner className="size-4 text-primary" />
              {t('booking.slot.refreshing')}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-4">
          {availability.isError ? (
            <ErrorState error={availability.error} onRetry={() => availability.refetch()} />
          ) : availability.isPending && range ? (
            <LoadingState />
          ) : day ? (
            <SlotPicker slots={slots} day={day} value={value} onChange={onChange} />
          ) : (
            <p className="rounded-xl bg-surface-muted p-4 text-ink-muted">
              {availability.isSuccess && availableDays.size === 0
                ? t('booking.slot.noneThisMonth')
                : t('booking.slot.chooseDay')}
            </p>
          )}
          <Button
            size="lg"
            disabled={!value || !day || !slots.includes(value)}
            onClick={onContinue}
          >
            {t('booking.slot.continue')}
          </Button>
        </div>
      </div>
    </section>
  )
}
