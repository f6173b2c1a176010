import { APPOINTMENT_STATUSES, SESSION_MODES } from '@yektayar/shared/types'
import { Button, SelectField, TextField, useSession, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { usePsychologists } from '../api/psychologists.ts'
import { type AppointmentFilters, isUuid } from '../money-filters.ts'
import { DayRangeFields } from './day-range-fields.tsx'
import { useDayRange } from './use-day-range.ts'

export interface AppointmentFilterFormProps {
  filters: AppointmentFilters
  onApply: (filters: AppointmentFilters) => void
}

/** Tehran days of the start (Jalali pickers), psychologist, status and mode, applied together. */
export function AppointmentFilterForm({ filters, onApply }: AppointmentFilterFormProps) {
  const { t } = useTranslation()
  const canListPeople = useSession().data?.permissions.includes('users.read.any') ?? false
  const psychologists = usePsychologists(canListPeople)
  const range = useDayRange(filters)
  const [psychologistId, setPsychologistId] = useState(filters.psychologistId ?? '')
  const [status, setStatus] = useState(filters.status ?? '')
  const [mode, setMode] = useState(filters.mode ?? '')
  const [invalid, setInvalid] = useState<Set<string>>(new Set())

  function apply(event: FormEvent) {
    event.preventDefault()
    const { invalid: badDays, days } = range.read()
    const bad = new Set(badDays)
    if (psychologistId.trim() && !isUuid(psychologistId.trim())) bad.add('psychologist')
    setInvalid(bad)
    if (bad.size > 0) return
    onApply({
      ...days,
      ...(psychologistId.trim() ? { psychologistId: psychologistId.trim().toLowerCase() } : {}),
      ...(status ? { status } : {}),
      ...(mode ? { mode } : {}),
    })
  }

  function clear() {
    range.clear()
    for (const set of [setPsychologistId, setStatus, setMode]) set('')
    setInvalid(new Set())
    onApply({})
  }

  const any: [string, string] = ['', t('money.any')]
  const people = (psychologists.data?.items ?? []).map((user) => {
    const name = [user.profile.firstName, user.profile.lastName].filter(Boolean).join(' ')
    return [user.id, name || user.id] as const
  })
  return (
    <form
      noValidate
      onSubmit={apply}
      aria-label={t('money.filters')}
      className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <DayRangeFields range={range} invalid={invalid} />
      {canListPeople ? (
        <SelectField
          label={t('money.appointments.psychologist')}
          value={psychologistId}
          onChange={(event) => setPsychologistId(event.target.value)}
          options={[any, ...people]}
        />
      ) : (
        <TextField
          label={t('money.appointments.psychologistId')}
          value={psychologistId}
          dir="ltr"
          autoComplete="off"
          error={invalid.has('psychologist') ? t('money.appointments.psychologistIdInvalid') : null}
          onChange={(event) => setPsychologistId(event.target.value)}
        />
      )}
      <SelectField
        label={t('money.appointments.status')}
        value={status}
        onChange={(event) => setStatus(event.target.value)}
        options={[any, ...APPOINTMENT_STATUSES.map((s) => [s, t(`money.statuses.${s}`)] as const)]}
      />
      <SelectField
        label={t('money.appointments.mode')}
        value={mode}
        onChange={(event) => setMode(event.target.value)}
        options={[any, ...SESSION_MODES.map((m) => [m, t(`money.modes.${m}`)] as const)]}
      />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{t('money.apply')}</Button>
        <Button variant="ghost" onClick={clear}>
          {t('money.clear')}
        </Button>
      </div>
    </form>
  )
}
