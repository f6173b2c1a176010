import {
  replaceAvailabilityBodySchema,
  updateProfessionalProfileBodySchema,
} from '@yektayar/shared'
import type { AvailabilityRuleInput, MyProfessionalProfile } from '@yektayar/shared/types'
import type { Language } from '@yektayar/ui'
import { z } from 'zod'
import type { PolicyInput } from './api/save-schedule.ts'
import {
  emptyWeek,
  ISO_WEEK,
  type IsoWeekday,
  orderedWindows,
  validateWeek,
  type WeekDraft,
  weekFromRules,
} from './weekly-rules.ts'

/** One working window as typed, in the form's one list (the editor groups it by weekday). */
export interface RangeDraft {
  weekday: IsoWeekday
  start: string
  end: string
}

export interface ScheduleDraft {
  ranges: RangeDraft[]
  policy: PolicyInput
}

/** The list as a week whose range ids are the list indexes, for the week rules. */
export function weekOfRanges(ranges: readonly RangeDraft[]): WeekDraft {
  const week = emptyWeek()
  for (const [index, { weekday, start, end }] of ranges.entries()) {
    week[weekday].push({ id: String(index), start, end })
  }
  return week
}

/** The saved rules as the form's list, each day's windows in time order. */
function rangesOf(rules: readonly AvailabilityRuleInput[], language: Language): RangeDraft[] {
  const week = weekFromRules(rules, language)
  return ISO_WEEK.flatMap((weekday) =>
    week[weekday].map(({ start, end }) => ({ weekday, start, end })),
  )
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

export function draftOf(profile: MyProfessionalProfile, language: Language): ScheduleDraft {
  return { ranges: rangesOf(profile.rules, language), policy: policyOf(profile) }
}

/** What the form holds in Latin digits: equal snapshots mean nothing to save. */
export function snapshotOf({ ranges, policy }: ScheduleDraft): string {
  return JSON.stringify([orderedWindows(weekOfRanges(ranges)).map(({ rule }) => rule), policy])
}

const policySchema = updateProfessionalProfileBodySchema
  .pick({
    timeZone: true,
    minNoticeMinutes: true,
    bookingHorizonDays: true,
    bufferBeforeMinutes: true,
    bufferAfterMinutes: true,
    slotStepMinutes: true,
    blockHolidays: true,
  })
  .required()

/**
 * The draft as typed → the two request bodies, through the server's own schemas. The week's
 * rules (a readable time, the end after the start, no overlap) come first, as messages on the
 * start or end field of the window they concern.
 */
export const scheduleFormSchema = z
  .object({
    ranges: z.array(
      z.object({ weekday: z.custom<IsoWeekday>(), start: z.string(), end: z.string() }),
    ),
    policy: z.custom<PolicyInput>(),
  })
  .superRefine(({ ranges }, ctx) => {
    for (const [id, problem] of validateWeek(weekOfRanges(ranges))) {
      ctx.addIssue({
        code: 'custom',
        path: ['ranges', Number(id), problem === 'startInvalid' ? 'start' : 'end'],
        message: `availability.weekly.problems.${problem}`,
      })
    }
  })
  .transform(({ ranges, policy }) => ({
    policy,
    rules: orderedWindows(weekOfRanges(ranges)).map(({ rule }) => rule),
  }))
  .pipe(replaceAvailabilityBodySchema.extend({ policy: policySchema }))

type RangeField = `ranges.${number}.start` | `ranges.${number}.end`

/**
 * Where the server's field errors go: `body.rules.<n>` counts windows in the order the API
 * stores them, which is not the form's order.
 */
export function serverFieldsOf(ranges: readonly RangeDraft[]): Record<string, RangeField> {
  const fields: Record<string, RangeField> = {}
  for (const [n, { id }] of orderedWindows(weekOfRanges(ranges)).entries()) {
    fields[`body.rules.${n}.start`] = `ranges.${Number(id)}.start`
    fields[`body.rules.${n}.weekday`] = `ranges.${Number(id)}.start`
    fields[`body.rules.${n}.end`] = `ranges.${Number(id)}.end`
  }
  return fields
}
