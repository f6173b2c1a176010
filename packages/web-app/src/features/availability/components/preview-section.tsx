import type { MyProfessionalProfile } from '@yektayar/shared/types'
import {
  addDays,
  Card,
  type DayKey,
  EmptyState,
  ErrorState,
  formatDay,
  formatNumber,
  formatTime,
  groupSlotsByDay,
  Notice,
  SelectField,
  Spinner,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { usePreviewSlots } from '../api/preview-slots.ts'
import { timeZoneLabel } from '../policy-options.ts'

const PREVIEW_DAYS = 7

export interface PreviewSectionProps {
  profile: MyProfessionalProfile
  /** Today in the psychologist's zone. */
  today: DayKey
}

/** The next week's free slots from the public endpoint: the booking page's own answer. */
export function PreviewSection({ profile, today }: PreviewSectionProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const active = profile.sessionTypes.filter((type) => type.isActive)
  const [chosen, setChosen] = useState<string | null>(null)
  const sessionType = active.find((type) => type.id === chosen) ?? active[0]
  const zone = profile.policy.timeZone
  const days = Array.from({ length: PREVIEW_DAYS }, (_, index) => addDays(today, index))
  const preview = usePreviewSlots(
    sessionType
      ? {
          psychologistId: profile.id,
          sessionTypeId: sessionType.id,
          from: today,
          to: days.at(-1) ?? today,
          timeZone: zone,
        }
      : null,
  )
  const byDay = new Map(
    groupSlotsByDay(preview.data?.slots.map((slot) => slot.startsAt) ?? [], zone).map((group) => [
      group.day,
      group.slots,
    ]),
  )

  return (
    <Card className="flex flex-col gap-5 p-5 sm:p-6" aria-busy={preview.isFetching || undefined}>
      <div className="flex flex-col gap-1">
        <h2 className="flex items-center gap-2 text-lg font-bold text-ink">
          {t('availability.preview.title')}
          {preview.isFetching && <Spinner />}
        </h2>
        <p className="text-sm text-ink-muted">{t('availability.preview.lead')}</p>
      </div>
      {!profile.isVerified && <Notice>{t('availability.preview.unverified')}</Notice>}
      {!sessionType ? (
        <EmptyState
          className="py-6"
          title={t('availability.preview.noSessionTypes')}
          description={t('availability.preview.noSessionTypesHint')}
        />
      ) : (
        <>
          {active.length > 1 && (
            <SelectField
              label={t('availability.preview.sessionType')}
              value={sessionType.id}
              onChange={(event) => setChosen(event.target.value)}
            >
              {active.map((type) => (
                <option key={type.id} value={type.id}>
                  {`${language === 'fa' ? type.nameFa : type.nameEn} (${t('availability.preview.minutes', { minutes: formatNumber(type.durationMinutes, language) })})`}
                </option>
              ))}
            </SelectField>
          )}
          <p className="text-sm text-ink-muted">
            {t('availability.preview.timesIn', { zone: timeZoneLabel(zone, language) })}
          </p>
          {preview.isError ? (
            <ErrorState error={preview.error} onRetry={() => preview.refetch()} />
          ) : preview.isPending ? (
            <div className="flex justify-center py-6 text-primary">
              <Spinner />
            </div>
          ) : (
            <ul className="flex flex-col gap-3">
              {days.map((day) => {
                const slots = byDay.get(day) ?? []
                return (
                  <li key={day} data-day={day} className="flex flex-col gap-2">
                    <div className="flex items-baseline justify-between gap-3">
                      <h3 className="font-medium text-ink">
                        {formatDay(day, language, 'weekdayDayMonth')}
                      </h3>
                      <span className="text-sm text-ink-muted">
                        {slots.length === 0
                          ? t('availability.preview.noSlots')
                          : t('availability.preview.slotCount', {
                              number: formatNumber(slots.length, language),
                            })}
                      </span>
                    </div>
                    {slots.length > 0 && (
                      <ul className="flex flex-wrap gap-1.5">
                        {slots.map((slot) => (
                          <li
                            key={slot}
                            className="rounded-lg bg-primary-soft px-2.5 py-1 text-sm font-medium text-primary tabular-nums"
                          >
                            {formatTime(slot, language, zone)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                )
              })}
            </ul>
          )}
        </>
      )}
    </Card>
  )
}
