import {
  fromJalali,
  HOLIDAY_CALENDARS,
  HOLIDAY_IMPORT_MAX_ROWS,
  type HolidayCalendar,
  type HolidayImportFormat,
  type HolidayImportRow,
  type HolidayRowProblem,
  toJalali,
  toLatinDigits,
} from '@yektayar/shared'

export interface RowProblem {
  /** `rows.<n>` (n counts from 1, the CSV header aside) or `text` for the whole paste. */
  path: string
  message: HolidayRowProblem
}

export interface ParsedImport {
  rows: HolidayImportRow[]
  problems: RowProblem[]
}

type RawRow = Record<string, unknown>

const FIELDS = ['date', 'nameFa', 'nameEn', 'calendar', 'isEstimated'] as const
const MAX_NAME = 200

/**
 * Reads a pasted year of holidays and checks every row against the Jalali year: dates (civil
 * `2027-03-21` or Jalali `1406/01/01`, any digits) must fall in it, names in both languages,
 * a calendar, no two rows alike. Every problem is reported, not just the first.
 */
export function parseHolidayImport(
  year: number,
  format: HolidayImportFormat,
  text: string,
): ParsedImport {
  const raw = format === 'json' ? readJson(text) : readCsv(text)
  if (raw === null) return { rows: [], problems: [{ path: 'text', message: 'UNREADABLE' }] }
  if (raw.length === 0) return { rows: [], problems: [{ path: 'text', message: 'NO_ROWS' }] }
  if (raw.length > HOLIDAY_IMPORT_MAX_ROWS) {
    return { rows: [], problems: [{ path: 'text', message: 'TOO_MANY_ROWS' }] }
  }
  const rows: HolidayImportRow[] = []
  const problems: RowProblem[] = []
  const seen = new Set<string>()
  raw.forEach((entry, index) => {
    const path = `rows.${index + 1}`
    const checked = checkRow(year, entry)
    if (typeof checked === 'string') {
      problems.push({ path, message: checked })
      return
    }
    const key = holidayKey(checked)
    if (seen.has(key)) problems.push({ path, message: 'DUPLICATE' })
    seen.add(key)
    rows.push(checked)
  })
  return { rows, problems }
}

/** What the table keeps unique: one name per day (a day may hold a solar and a lunar holiday). */
export const holidayKey = (row: { date: string; nameEn: string }) =>
  `${row.date}|${row.nameEn.trim().toLowerCase()}`

function checkRow(year: number, entry: RawRow): HolidayImportRow | HolidayRowProblem {
  const date = civilDayOf(text(entry.date))
  if (!date) return 'DATE_INVALID'
  if (toJalali(date).year !== year) return 'OUTSIDE_YEAR'
  const nameFa = text(entry.nameFa)
  const nameEn = text(entry.nameEn)
  if (!nameFa || !nameEn || nameFa.length > MAX_NAME || nameEn.length > MAX_NAME) {
    return 'NAME_INVALID'
  }
  const calendar = text(entry.calendar).toLowerCase()
  if (!(HOLIDAY_CALENDARS as readonly string[]).includes(calendar)) return 'CALENDAR_INVALID'
  const isEstimated = flagOf(entry.isEstimated)
  if (isEstimated === null) return 'ESTIMATED_INVALID'
  return { date, nameFa, nameEn, calendar: calendar as HolidayCalendar, isEstimated }
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const DATE_PATTERN = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/

/** A civil day from either calendar: years before 1700 are Jalali (nobody books in 1699). */
function civilDayOf(value: string): string | null {
  const match = DATE_PATTERN.exec(toLatinDigits(value))
  if (!match) return null
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number]
  if (y < 1700) return y >= 1300 ? fromJalali({ year: y, month: m, day: d }) : null
  const day = `${match[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null
}

function flagOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (value === undefined || value === null) return false
  const word = toLatinDigits(String(value)).trim().toLowerCase()
  if (['', 'false', 'no', '0'].includes(word)) return false
  if (['true', 'yes', '1'].includes(word)) return true
  return null
}

function readJson(input: string): RawRow[] | null {
  let value: unknown
  try {
    value = JSON.parse(input)
  } catch {
    return null
  }
  if (!Array.isArray(value)) return null
  return value.map((entry) => (entry && typeof entry === 'object' ? (entry as RawRow) : {}))
}

/** CSV with a header naming the fields in any order; quoted fields may hold commas and quotes. */
function readCsv(input: string): RawRow[] | null {
  const lines = splitCsv(input.replace(/^\uFEFF/, '')).filter((cells) =>
    cells.some((cell) => cell.trim() !== ''),
  )
  const [header, ...body] = lines
  if (!header) return []
  const names = header.map((cell) => cell.trim())
  if (
    !names.includes('date') ||
    names.some((name) => !(FIELDS as readonly string[]).includes(name))
  ) {
    return null
  }
  return body.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])))
}

function splitCsv(input: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < input.length; i++) {
    const char = input[i]
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += char
  }
  row.push(cell)
  rows.push(row)
  return rows
}
