import { z } from 'zod'
import { dayInputSchema, uuidSchema } from './common.ts'
import { HOLIDAY_CALENDARS, HOLIDAY_IMPORT_FORMATS } from './holiday-constants.ts'

/** Solar Hijri years the calendar may hold; outside them a year is a typo. */
const jalaliYearSchema = z.coerce.number().int().min(1300).max(1500)

/** One official holiday: a whole civil day in Iran, named in both languages. */
export const holidaySchema = z
  .object({
    id: uuidSchema,
    date: z.string(),
    jalaliYear: z.number().int(),
    nameFa: z.string(),
    nameEn: z.string(),
    calendar: z.enum(HOLIDAY_CALENDARS),
    isEstimated: z.boolean(),
  })
  .meta({ id: 'Holiday' })

export const holidayYearQuerySchema = z.strictObject({ year: jalaliYearSchema })

export const holidayListSchema = z.object({
  year: z.number().int(),
  /** First and last civil day of the Jalali year. */
  from: z.string(),
  to: z.string(),
  items: z.array(holidaySchema),
})

/** Every year the calendar holds, with its number of holidays, oldest first. */
export const holidayYearsSchema = z.object({
  items: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
})

const holidayName = z.string().trim().min(1).max(200)

/** A holiday as an admin writes it; its Jalali year follows from the date. */
export const holidayInputSchema = z.strictObject({
  date: dayInputSchema,
  nameFa: holidayName,
  nameEn: holidayName,
  calendar: z.enum(HOLIDAY_CALENDARS),
  isEstimated: z.boolean().default(false),
})

export const updateHolidayBodySchema = holidayInputSchema.partial()

/**
 * A whole year pasted as text. CSV: a header line `date,nameFa,nameEn,calendar,isEstimated`
 * then one row per holiday; JSON: an array of objects with those fields. `dryRun` checks and
 * answers the rows without saving anything (the preview).
 */
export const importHolidaysBodySchema = z.strictObject({
  year: jalaliYearSchema,
  format: z.enum(HOLIDAY_IMPORT_FORMATS),
  text: z.string().min(1).max(100_000),
  /** Replace the year's holidays; otherwise rows are added beside those already there. */
  replace: z.boolean().default(false),
  dryRun: z.boolean().default(false),
})

export const holidayImportRowSchema = z.object({
  date: z.string(),
  nameFa: z.string(),
  nameEn: z.string(),
  calendar: z.enum(HOLIDAY_CALENDARS),
  isEstimated: z.boolean(),
})

export const holidayImportResultSchema = z.object({
  year: z.number().int(),
  dryRun: z.boolean(),
  rows: z.array(holidayImportRowSchema),
  /** How many holidays of the year were removed first (replace). */
  removed: z.number().int(),
})

export type Holiday = z.infer<typeof holidaySchema>
export type HolidayCalendar = (typeof HOLIDAY_CALENDARS)[number]
export type HolidayList = z.infer<typeof holidayListSchema>
export type HolidayYears = z.infer<typeof holidayYearsSchema>
export type HolidayInput = z.input<typeof holidayInputSchema>
export type UpdateHolidayBody = z.input<typeof updateHolidayBodySchema>
export type ImportHolidaysBody = Omit<z.input<typeof importHolidaysBodySchema>, 'year'> & {
  year: number
}
export type HolidayImportRow = z.infer<typeof holidayImportRowSchema>
export type HolidayImportResult = z.infer<typeof holidayImportResultSchema>
