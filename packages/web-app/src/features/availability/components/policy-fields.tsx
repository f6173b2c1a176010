import { SelectField, SwitchField, useLanguage, useTranslation } from '@yektayar/ui'
import { useMemo } from 'react'
import type { PolicyInput } from '../api/save-schedule.ts'
import {
  allTimeZones,
  BUFFER_MINUTES,
  COMMON_TIME_ZONES,
  choicesWith,
  daysText,
  durationText,
  HORIZON_DAYS,
  MIN_NOTICE_MINUTES,
  SLOT_STEP_MINUTES,
  timeZoneLabel,
} from '../policy-options.ts'

export interface PolicyFieldsProps {
  policy: PolicyInput
  onChange: (policy: PolicyInput) => void
}

type MinutesField = 'slotStepMinutes' | 'bufferBeforeMinutes' | 'bufferAfterMinutes'

/** Time zone and the rules that shape slots: step, buffers, notice, horizon, holidays. */
export function PolicyFields({ policy, onChange }: PolicyFieldsProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const set = <K extends keyof PolicyInput>(key: K, value: PolicyInput[K]) =>
    onChange({ ...policy, [key]: value })
  const zones = useMemo(() => allTimeZones(policy.timeZone), [policy.timeZone])
  const minutesText = (minutes: number) =>
    minutes === 0 ? t('availability.policy.none') : durationText(minutes, language)

  const minutesSelect = (field: MinutesField, choices: number[], label: string, hint?: string) => (
    <SelectField
      label={label}
      hint={hint}
      value={policy[field]}
      onChange={(event) => set(field, Number(event.target.value))}
    >
      {choicesWith(choices, policy[field]).map((minutes) => (
        <option key={minutes} value={minutes}>
          {minutesText(minutes)}
        </option>
      ))}
    </SelectField>
  )

  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <SelectField
        className="sm:col-span-2"
        label={t('availability.policy.timeZone')}
        hint={t('availability.policy.timeZoneHint')}
        value={policy.timeZone}
        onChange={(event) => set('timeZone', event.target.value)}
      >
        <optgroup label={t('availability.policy.commonZones')}>
          {COMMON_TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneLabel(zone, language)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('availability.policy.allZones')}>
          {zones
            .filter((zone) => !COMMON_TIME_ZONES.includes(zone))
            .map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
        </optgroup>
      </SelectField>
      {minutesSelect(
        'slotStepMinutes',
        SLOT_STEP_MINUTES,
        t('availability.policy.slotStep'),
        t('availability.policy.slotStepHint'),
      )}
      <SelectField
        label={t('availability.policy.minNotice')}
        hint={t('availability.policy.minNoticeHint')}
        value={policy.minNoticeMinutes}
        onChange={(event) => set('minNoticeMinutes', Number(event.target.value))}
      >
        {choicesWith(MIN_NOTICE_MINUTES, policy.minNoticeMinutes).map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutesText(minutes)}
          </option>
        ))}
      </SelectField>
      {minutesSelect('bufferBeforeMinutes', BUFFER_MINUTES, t('availability.policy.bufferBefore'))}
      {minutesSelect('bufferAfterMinutes', BUFFER_MINUTES, t('availability.policy.bufferAfter'))}
      <SelectField
        label={t('availability.policy.horizon')}
        value={policy.bookingHorizonDays}
        onChange={(event) => set('bookingHorizonDays', Number(event.target.value))}
      >
        {choicesWith(HORIZON_DAYS, policy.bookingHorizonDays).map((days) => (
          <option key={days} value={days}>
            {daysText(days, language)}
          </option>
        ))}
      </SelectField>
      <div className="sm:col-span-2">
        <SwitchField
          label={t('availability.policy.blockHolidays')}
          hint={t('availability.policy.blockHolidaysHint')}
          checked={policy.blockHolidays}
          onChange={(checked) => set('blockHolidays', checked)}
        />
      </div>
    </div>
  )
}
