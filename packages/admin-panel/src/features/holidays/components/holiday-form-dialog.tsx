import {
  fromJalali,
  HOLIDAY_CALENDARS,
  type Holiday,
  type HolidayCalendar,
  toJalali,
} from '@yektayar/shared/types'
import {
  Button,
  SelectField,
  SwitchField,
  TextField,
  toLatinDigits,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useSaveHoliday } from '../api/save-holiday.ts'
import { gregorianDayText, jalaliMonthNames, yearText } from '../holiday-dates.ts'

export interface HolidayFormDialogProps {
  open: boolean
  /** The Jalali year being shown; a new holiday goes in it. */
  year: number
  holiday?: Holiday
  onClose: () => void
  onSaved: () => void
}

/** Add or edit one holiday: a day of the year's Jalali months, both names, its calendar. */
export function HolidayFormDialog(props: HolidayFormDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const year = props.holiday?.jalaliYear ?? props.year
  return (
    <ModalDialog
      open={props.open}
      onClose={props.onClose}
      title={
        props.holiday
          ? t('holidays.form.editTitle')
          : t('holidays.form.addTitle', { year: yearText(year, language) })
      }
    >
      <HolidayForm {...props} year={year} />
    </ModalDialog>
  )
}

function HolidayForm({ year, holiday, onClose, onSaved }: HolidayFormDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const problemMessage = useProblemMessage()
  const save = useSaveHoliday()
  const start = holiday ? toJalali(holiday.date) : { month: 1, day: 1 }
  const [month, setMonth] = useState(start.month)
  const [day, setDay] = useState(String(start.day))
  const [nameFa, setNameFa] = useState(holiday?.nameFa ?? '')
  const [nameEn, setNameEn] = useState(holiday?.nameEn ?? '')
  const [calendar, setCalendar] = useState<HolidayCalendar>(holiday?.calendar ?? 'solar')
  const [isEstimated, setIsEstimated] = useState(holiday?.isEstimated ?? false)
  const [touched, setTouched] = useState(false)
  const date = fromJalali({ year, month, day: Number(toLatinDigits(day)) })
  const months = jalaliMonthNames(year, language)

  function submit(event: FormEvent) {
    event.preventDefault()
    setTouched(true)
    if (!date || !nameFa.trim() || !nameEn.trim()) return
    save.mutate(
      { id: holiday?.id, body: { date, nameFa, nameEn, calendar, isEstimated } },
      { onSuccess: onSaved },
    )
  }

  const required = (value: string) =>
    touched && !value.trim() ? t('holidays.form.required') : null
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('holidays.form.month')}
          value={String(month)}
          onChange={(event) => setMonth(Number(event.target.value))}
          options={months.map((name, index) => [String(index + 1), name] as const)}
        />
        <TextField
          label={t('holidays.form.day')}
          inputMode="numeric"
          value={day}
          onChange={(event) => setDay(event.target.value.replace(/[^0-9۰-۹]/g, '').slice(0, 2))}
          error={date ? null : t('holidays.form.dayInvalid')}
          hint={
            date
              ? t('holidays.form.dateReads', { date: gregorianDayText(date, language) })
              : undefined
          }
        />
      </div>
      <TextField
        label={t('holidays.form.nameFa')}
        dir="rtl"
        lang="fa"
        value={nameFa}
        maxLength={200}
        error={required(nameFa)}
        onChange={(event) => setNameFa(event.target.value)}
      />
      <TextField
        label={t('holidays.form.nameEn')}
        dir="ltr"
        lang="en"
        value={nameEn}
        maxLength={200}
        error={required(nameEn)}
        onChange={(event) => setNameEn(event.target.value)}
      />
      <SelectField
        label={t('holidays.form.calendar')}
        value={calendar}
        onChange={(event) => setCalendar(event.target.value as HolidayCalendar)}
        options={HOLIDAY_CALENDARS.map((c) => [c, t(`holidays.${c}`)] as const)}
      />
      <SwitchField
        label={t('holidays.form.isEstimated')}
        hint={t('holidays.form.isEstimatedHint')}
        checked={isEstimated}
        onChange={setIsEstimated}
      />
      {save.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {problemMessage(save.error)}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('holidays.form.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending} needsConnection>
          {t('holidays.form.save')}
        </Button>
      </div>
    </form>
  )
}
