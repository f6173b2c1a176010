import type { Holiday } from '@yektayar/shared/types'
import {
  Button,
  EmptyState,
  ErrorState,
  LoadingState,
  Notice,
  SelectField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useHolidayYear } from '../api/holiday-year.ts'
import { useHolidayYears } from '../api/holiday-years.ts'
import { currentJalaliYear, gregorianDayText, jalaliDayText, yearText } from '../holiday-dates.ts'
import { DeleteHolidayDialog } from './delete-holiday-dialog.tsx'
import { HolidayFormDialog } from './holiday-form-dialog.tsx'
import { HolidayTable } from './holiday-table.tsx'
import { ImportDialog } from './import-dialog.tsx'

/** The official holiday calendar by Jalali year (config.manage). */
export function HolidaysPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('holidays.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('holidays.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('holidays.lead')}</p>
      </header>
      <RequirePermission permission="config.manage">
        <HolidayCalendar />
      </RequirePermission>
    </div>
  )
}

const MIN_YEAR = 1300
const MAX_YEAR = 1500

function yearOf(search: URLSearchParams, fallback: number): number {
  const year = Number(search.get('year'))
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : fallback
}

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; holiday: Holiday }
  | { kind: 'delete'; holiday: Holiday }
  | { kind: 'import' }
  | null

function HolidayCalendar() {
  const { t } = useTranslation()
  const language = useLanguage()
  const [search, setSearch] = useSearchParams()
  const thisYear = currentJalaliYear()
  const year = yearOf(search, thisYear)
  const list = useHolidayYear(year)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [done, setDone] = useState<string | null>(null)
  const goTo = (next: number) => setSearch(next === thisYear ? {} : { year: String(next) })
  const finish = (message: string) => {
    setDialog(null)
    setDone(message)
  }
  return (
    <>
      <NextYearNotice thisYear={thisYear} shownYear={year} onOpen={goTo} />
      <YearPicker year={year} thisYear={thisYear} onChange={goTo} />
      {list.data && (
        <p className="text-sm text-ink-muted">
          {t('holidays.yearRange', {
            from: `${jalaliDayText(list.data.from, language)} (${gregorianDayText(list.data.from, language)})`,
            to: `${jalaliDayText(list.data.to, language)} (${gregorianDayText(list.data.to, language)})`,
          })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setDialog({ kind: 'add' })}>{t('holidays.add')}</Button>
        <Button variant="secondary" onClick={() => setDialog({ kind: 'import' })}>
          {t('holidays.import')}
        </Button>
      </div>
      {done && (
        <Notice tone="success" onDismiss={() => setDone(null)}>
          {done}
        </Notice>
      )}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={t('holidays.empty', { year: yearText(year, language) })}
          description={t('holidays.emptyHint')}
        />
      ) : (
        <HolidayTable
          items={list.data.items}
          onEdit={(holiday) => setDialog({ kind: 'edit', holiday })}
          onDelete={(holiday) => setDialog({ kind: 'delete', holiday })}
        />
      )}
      <HolidayFormDialog
        open={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        year={year}
        holiday={dialog?.kind === 'edit' ? dialog.holiday : undefined}
        onClose={() => setDialog(null)}
        onSaved={() => finish(t('holidays.form.saved'))}
      />
      <DeleteHolidayDialog
        holiday={dialog?.kind === 'delete' ? dialog.holiday : undefined}
        onClose={() => setDialog(null)}
        onDeleted={() => finish(t('holidays.remove.done'))}
      />
      <ImportDialog
        open={dialog?.kind === 'import'}
        year={year}
        onClose={() => setDialog(null)}
        onImported={(count) =>
          finish(t('holidays.importer.done', { number: yearText(count, language) }))
        }
      />
    </>
  )
}

function YearPicker(props: { year: number; thisYear: number; onChange: (year: number) => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const years = useHolidayYears()
  const counts = new Map(years.data?.items.map((item) => [item.year, item.count]))
  const choices = [
    ...new Set([
      ...counts.keys(),
      props.thisYear - 1,
      props.thisYear,
      props.thisYear + 1,
      props.year,
    ]),
  ].sort((a, b) => a - b)
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Button
        variant="secondary"
        disabled={props.year <= MIN_YEAR}
        onClick={() => props.onChange(props.year - 1)}
      >
        {t('holidays.previousYear')}
      </Button>
      <SelectField
        label={t('holidays.year')}
        value={String(props.year)}
        onChange={(event) => props.onChange(Number(event.target.value))}
        options={choices.map((year) => {
          const number = yearText(counts.get(year) ?? 0, language)
          return [
            String(year),
            `${yearText(year, language)} — ${t('holidays.count', { number })}`,
          ] as const
        })}
      />
      <Button
        variant="secondary"
        disabled={props.year >= MAX_YEAR}
        onClick={() => props.onChange(props.year + 1)}
      >
        {t('holidays.nextYear')}
      </Button>
    </div>
  )
}

/** Scheduling past the calendar's last year blocks no holiday: say so before that year comes. */
function NextYearNotice(props: {
  thisYear: number
  shownYear: number
  onOpen: (year: number) => void
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const years = useHolidayYears()
  const next = props.thisYear + 1
  if (!years.data || years.data.items.some((item) => item.year === next && item.count > 0))
    return null
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-accent-soft px-4 py-3 font-medium text-ink"
    >
      <span>{t('holidays.nextYearMissing', { year: yearText(next, language) })}</span>
      {props.shownYear !== next && (
        <Button variant="secondary" onClick={() => props.onOpen(next)}>
          {t('holidays.openYear', { year: yearText(next, language) })}
        </Button>
      )}
    </div>
  )
}
