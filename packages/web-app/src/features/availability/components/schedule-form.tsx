import type { MyProfessionalProfile } from '@yektayar/shared/types'
import { Button, Card, Notice, useLanguage, useProblemMessage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useEffect, useState } from 'react'
import { type PolicyInput, useSaveSchedule } from '../api/save-schedule.ts'
import {
  type RangeProblem,
  rulesFromWeek,
  tidyClock,
  validateWeek,
  WEEK_ORDER,
  type WeekDraft,
  weekFromRules,
} from '../weekly-rules.ts'
import { PolicyFields } from './policy-fields.tsx'
import { rangeInputId, WeeklyHoursEditor } from './weekly-hours-editor.tsx'

export interface ScheduleFormProps {
  profile: MyProfessionalProfile
}

function policyOf({ policy }: MyProfessionalProfile): PolicyInput {
  const { timeZone, minNoticeMinutes, bookingHorizonDays, slotStepMinutes, blockHolidays } = policy
  const { bufferBeforeMinutes, bufferAfterMinutes } = policy
  return {
    timeZone,
    minNoticeMinutes,
    bookingHorizonDays,
    bufferBeforeMinutes,
    bufferAfterMinutes,
    slotStepMinutes,
    blockHolidays,
  }
}

/** What the form holds, without the range ids: equal snapshots mean nothing to save. */
function snapshotOf(week: WeekDraft, policy: PolicyInput): string {
  const latin = (text: string) => tidyClock(text, 'en')
  const days = Object.entries(week).map(([day, ranges]) => [
    day,
    ranges.map((range) => [latin(range.start), latin(range.end)]),
  ])
  return JSON.stringify([days, policy])
}

const NO_PROBLEMS: ReadonlyMap<string, RangeProblem> = new Map()

/**
 * Weekly hours plus time zone and booking rules, saved together. The draft is taken from the
 * profile once: refetches (after an override is added, say) must not wipe unsaved edits.
 */
export function ScheduleForm({ profile }: ScheduleFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const save = useSaveSchedule()
  const [week, setWeek] = useState(() => weekFromRules(profile.rules, language))
  const [policy, setPolicy] = useState(() => policyOf(profile))
  const [saved, setSaved] = useState(() => snapshotOf(week, policy))
  const [attempted, setAttempted] = useState(false)
  const [notice, setNotice] = useState(false)

  // Typed times follow the language switch (۰۹:۳۰ ↔ 09:30).
  useEffect(() => {
    setWeek((current) => {
      const next = { ...current }
      for (const key of Object.keys(next) as unknown as (keyof WeekDraft)[]) {
        next[key] = next[key].map((range) => ({
          ...range,
          start: tidyClock(range.start, language),
          end: tidyClock(range.end, language),
        }))
      }
      return next
    })
  }, [language])

  const problems = validateWeek(week)
  const shownProblems = attempted ? problems : NO_PROBLEMS
  const dirty = snapshotOf(week, policy) !== saved

  const edit =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setNotice(false)
      save.reset()
      setter(value)
    }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    setNotice(false)
    // Focus goes to the first problem as the reader sees the week, not in ISO order.
    const first = WEEK_ORDER[language]
      .flatMap((weekday) => week[weekday])
      .find((range) => problems.has(range.id))
    if (first) {
      const edge = problems.get(first.id) === 'startInvalid' ? 'start' : 'end'
      document.getElementById(rangeInputId(first.id, edge))?.focus()
      return
    }
    const snapshot = snapshotOf(week, policy)
    save.mutate(
      { policy, rules: rulesFromWeek(week) },
      {
        onSuccess: () => {
          setSaved(snapshot)
          setNotice(true)
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <Card className="flex flex-col gap-5 p-5 sm:p-6">
        <div className="flex flex-col gap-1">
          <h2 className="text-lg font-bold text-ink">{t('availability.weekly.title')}</h2>
          <p className="text-sm text-ink-muted">{t('availability.weekly.lead')}</p>
        </div>
        <WeeklyHoursEditor week={week} onChange={edit(setWeek)} problems={shownProblems} />
      </Card>
      <Card className="flex flex-col gap-5 p-5 sm:p-6">
        <h2 className="text-lg font-bold text-ink">{t('availability.policy.title')}</h2>
        <PolicyFields policy={policy} onChange={edit(setPolicy)} />
      </Card>
      <div className="flex flex-col gap-3">
        {notice && (
          <Notice tone="success" onDismiss={() => setNotice(false)}>
            {t('availability.save.saved')}
          </Notice>
        )}
        {attempted && problems.size > 0 && (
          <p role="alert" className="text-sm font-medium text-danger">
            {t('availability.save.fixFirst')}
          </p>
        )}
        {save.isError && (
          <p role="alert" className="text-sm font-medium text-danger">
            {describe(save.error)}
          </p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-ink-muted" aria-live="polite">
            {dirty ? t('availability.save.unsaved') : ''}
          </p>
          <Button type="submit" loading={save.isPending} className="w-full sm:w-auto">
            {t('availability.save.action')}
          </Button>
        </div>
      </div>
    </form>
  )
}
