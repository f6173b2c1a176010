import type { AvailabilityOverride } from '@yektayar/shared/types'
import {
  Button,
  Card,
  type DayKey,
  EmptyState,
  formatDay,
  type Language,
  Notice,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useRemoveOverride } from '../api/overrides.ts'
import { tidyClock } from '../weekly-rules.ts'
import { OverrideForm } from './override-form.tsx'

export interface OverridesSectionProps {
  overrides: AvailabilityOverride[]
  today: DayKey
}

/** What one override means for the day: its message key and times, shown in a line. */
export function overrideSummary(override: AvailabilityOverride, language: Language) {
  if (!override.start || !override.end) return { key: 'dayOff', times: {} } as const
  const times = {
    start: tidyClock(override.start, language),
    end: tidyClock(override.end, language),
  }
  return { key: override.kind === 'available' ? 'extra' : 'partOff', times } as const
}

/** Upcoming special dates (days off, hours away, extra hours), added and removed at once. */
export function OverridesSection({ overrides, today }: OverridesSectionProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const remove = useRemoveOverride()
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState<'added' | 'removed' | null>(null)
  const sorted = [...overrides].sort((a, b) => a.date.localeCompare(b.date))

  const removeOne = (override: AvailabilityOverride) => {
    setNotice(null)
    remove.mutate(override.id, { onSuccess: () => setNotice('removed') })
  }

  return (
    <Card className="flex flex-col gap-5 p-5 sm:p-6">
      <div className="flex flex-col gap-1">
        <h2 className="text-lg font-bold text-ink">{t('availability.overrides.title')}</h2>
        <p className="text-sm text-ink-muted">{t('availability.overrides.lead')}</p>
      </div>
      {notice && (
        <Notice tone="success" onDismiss={() => setNotice(null)}>
          {t(`availability.overrides.${notice}`)}
        </Notice>
      )}
      <ProblemAlert error={remove.error} look="line" />
      {sorted.length === 0 ? (
        <EmptyState
          className="py-6"
          title={t('availability.overrides.empty')}
          description={t('availability.overrides.emptyHint')}
        />
      ) : (
        <ul
          className="flex flex-col divide-y divide-line"
          aria-label={t('availability.overrides.title')}
        >
          {sorted.map((override) => {
            const date = formatDay(override.date, language)
            const removing = remove.isPending && remove.variables === override.id
            const summary = overrideSummary(override, language)
            return (
              <li key={override.id} className="flex items-center justify-between gap-3 py-3">
                <div className="flex flex-col gap-0.5">
                  <span className="font-medium text-ink">{date}</span>
                  <span
                    className={
                      override.kind === 'available' ? 'text-sm text-success' : 'text-sm text-danger'
                    }
                  >
                    {t(`availability.overrides.${summary.key}`, summary.times)}
                  </span>
                  {override.note && <span className="text-sm text-ink-muted">{override.note}</span>}
                </div>
                <Button
                  variant="secondary"
                  className="min-h-10 shrink-0 px-3"
                  loading={removing}
                  aria-label={t('availability.overrides.remove', { date })}
                  onClick={() => removeOne(override)}
                >
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 24 24"
                    className="size-4"
                    stroke="currentColor"
                  >
                    <path d="M6 6l12 12M18 6 6 18" strokeWidth="2" strokeLinecap="round" />
                  </svg>
                </Button>
              </li>
            )
          })}
        </ul>
      )}
      {adding ? (
        <OverrideForm
          today={today}
          onDone={() => {
            setAdding(false)
            setNotice('added')
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null)
              setAdding(true)
            }}
          >
            {t('availability.overrides.add')}
          </Button>
        </div>
      )}
    </Card>
  )
}
