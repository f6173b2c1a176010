export const HOLIDAY_CALENDARS = ['solar', 'lunar'] as const

export const HOLIDAY_IMPORT_FORMATS = ['csv', 'json'] as const

/** Cap on one pasted year: Iran has about 26 official holidays a year. */
export const HOLIDAY_IMPORT_MAX_ROWS = 200

/**
 * Why an imported row was refused: the `message` of each `errors` entry of
 * HOLIDAY_IMPORT_INVALID, whose `path` is `rows.<n>` (n counts from 1) or `text`.
 */
export const HOLIDAY_ROW_PROBLEMS = [
  'UNREADABLE',
  'TOO_MANY_ROWS',
  'NO_ROWS',
  'DATE_INVALID',
  'OUTSIDE_YEAR',
  'NAME_INVALID',
  'CALENDAR_INVALID',
  'ESTIMATED_INVALID',
  'DUPLICATE',
  'ALREADY_EXISTS',
] as const

export type HolidayRowProblem = (typeof HOLIDAY_ROW_PROBLEMS)[number]
export type HolidayImportFormat = (typeof HOLIDAY_IMPORT_FORMATS)[number]
