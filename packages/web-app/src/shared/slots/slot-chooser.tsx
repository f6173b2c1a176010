import {
  type DayKey,
  dayKeyOf,
  ErrorState,
  LoadingState,
  MonthCalendar,
  SlotPicker,
  Spinner,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import type { ReactNode } from 'react'
import type { SlotRange } from '../api/availability.ts'

/** What the chooser reads of the availability query (useAvailability's result). */
export interface SlotsQuery {
  isFetching: boolean
  isPending: boolean
  isSuccess: boolean
  isError: boolean
  error: unknown
  refetch: () => unknown
}

export interface SlotChooserProps {
  availability: SlotsQuery
  range: SlotRange | null
  /** The month on screen changed: ask for its days from today on. */
  onRangeChange: (range: SlotRange) => void
  slots: string[]
  availableDays: ReadonlySet<DayKey>
  /** The chosen day, only when it still has free times. */
  day: DayKey | null
  onSelectDay: (day: DayKey) => void
  value: string | null
  onChange: (slot: string) => void
  /** Where the texts live: `<prefix>.calendarLabel`, `.refreshing`, `.noneThisMonth`, `.chooseDay`. */
  messages: 'booking.slot' | 'appointments.reschedule'
  /** Under the free times: the step's buttons and errors. */
  children: ReactNode
}

/**
 * A Jalali (fa) month of days with free times beside the free times of the chosen day, with
 * loading, refreshing, error and empty states. Booking and rescheduling both choose this way.
 */
export function SlotChooser(props: SlotChooserProps) {
  const { availability, range, slots, availableDays, day, messages } = props
  const { t } = useTranslation()
  const timeZone = useTimeZone()
  const today = dayKeyOf(Date.now(), timeZone)
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="relative">
        <MonthCalendar
          label={t(`${messages}.calendarLabel`)}
          availableDays={availableDays}
          selectedDay={day}
          onSelectDay={props.onSelectDay}
          minDay={today}
          today={today}
          onMonthChange={(first, last) =>
            props.onRangeChange({
              // biome-ignore lint/complexity/useMathMinMax: day keys are strings ('2026-11-24')
              from: first < today ? today : first,
              to: last,
              timeZone,
            })
          }
        />
        {availability.isFetching && (
          <p role="status" className="mt-2 flex items-center gap-2 text-sm text-ink-muted">
            <Spinner className="size-4 text-primary" />
            {t(`${messages}.refreshing`)}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-4">
        {availability.isError ? (
          <ErrorState error={availability.error} onRetry={() => availability.refetch()} />
        ) : availability.isPending && range ? (
          <LoadingState />
        ) : day ? (
          <SlotPicker slots={slots} day={day} value={props.value} onChange={props.onChange} />
        ) : (
          <p className="rounded-xl bg-surface-muted p-4 text-ink-muted">
            {availability.isSuccess && availableDays.size === 0
              ? t(`${messages}.noneThisMonth`)
              : t(`${messages}.chooseDay`)}
          </p>
        )}
        {props.children}
      </div>
    </div>
  )
}
