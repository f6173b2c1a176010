import {
  type HolidayImportFormat,
  type HolidayInput,
  jalaliYearRange,
  toJalali,
  type UpdateHolidayBody,
} from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { violates } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { CacheBroadcast } from '../../lib/cache-broadcast.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  countHolidaysByYear,
  deleteHolidayRow,
  deleteYearHolidays,
  findHolidayRow,
  findSameHoliday,
  type HolidayRow,
  type HolidayValues,
  insertHolidays,
  listYearHolidays,
  updateHolidayRow,
} from './holiday.repository.ts'
import { holidayKey, parseHolidayImport, type RowProblem } from './holiday-import.ts'

export interface HolidayDeps {
  db: Db
  /** Drops every instance's holiday dates and the availability computed from them. */
  changed: CacheBroadcast
}

type Input = Required<Omit<HolidayInput, 'isEstimated'>> & { isEstimated: boolean }

const viewOf = (row: HolidayRow) => ({
  id: row.id,
  date: row.holidayDate,
  jalaliYear: row.solarHijriYear,
  nameFa: row.nameFa,
  nameEn: row.nameEn,
  calendar: row.calendar as 'solar' | 'lunar',
  isEstimated: row.isEstimated,
})

/** What the audit trail keeps of a holiday: everything but its id (the row's resource id). */
const auditedOf = (row: HolidayRow | HolidayValues) => ({
  date: row.holidayDate,
  nameFa: row.nameFa,
  nameEn: row.nameEn,
  calendar: row.calendar,
  isEstimated: row.isEstimated,
})

const valuesOf = (input: Input): HolidayValues => ({
  holidayDate: input.date,
  solarHijriYear: toJalali(input.date).year,
  nameFa: input.nameFa.trim(),
  nameEn: input.nameEn.trim(),
  calendar: input.calendar,
  isEstimated: input.isEstimated,
})

export async function listHolidayYear(db: Db, year: number) {
  const items = await listYearHolidays(db, year)
  return { year, ...jalaliYearRange(year), items: items.map(viewOf) }
}

export async function listHolidayYears(db: Db) {
  const rows = await countHolidaysByYear(db)
  return { items: rows.map((row) => ({ year: row.year, count: Number(row.count) })) }
}

export async function addHoliday(
  deps: HolidayDeps,
  actor: AuthContext,
  body: Input,
  meta: RequestMeta,
) {
  const values = valuesOf(body)
  const row = await saveUnique(deps.db, values, undefined, async (tx) => {
    const [inserted] = await insertHolidays(tx, [values])
    if (!inserted) throw new Error('holiday insert returned nothing')
    await audit(tx, actor, meta, 'holiday.create', inserted.id, {
      before: null,
      after: auditedOf(inserted),
    })
    return inserted
  })
  await deps.changed.announce()
  return viewOf(row)
}

export async function editHoliday(
  deps: HolidayDeps,
  actor: AuthContext,
  id: string,
  body: UpdateHolidayBody,
  meta: RequestMeta,
) {
  const before = await findHolidayRow(deps.db, id)
  if (!before) throw new AppError('HOLIDAY_NOT_FOUND', id)
  const values = valuesOf({
    ...auditedOf(before),
    calendar: before.calendar as Input['calendar'],
    ...body,
  })
  const row = await saveUnique(deps.db, values, id, async (tx) => {
    const updated = await updateHolidayRow(tx, id, values)
    if (!updated) throw new AppError('HOLIDAY_NOT_FOUND', id)
    await audit(tx, actor, meta, 'holiday.update', id, {
      before: auditedOf(before),
      after: auditedOf(updated),
    })
    return updated
  })
  await deps.changed.announce()
  return viewOf(row)
}

export async function removeHoliday(
  deps: HolidayDeps,
  actor: AuthContext,
  id: string,
  meta: RequestMeta,
) {
  await deps.db.transaction(async (tx) => {
    const before = await findHolidayRow(tx, id)
    if (!before || !(await deleteHolidayRow(tx, id))) throw new AppError('HOLIDAY_NOT_FOUND', id)
    await audit(tx, actor, meta, 'holiday.delete', id, { before: auditedOf(before), after: null })
  })
  await deps.changed.announce()
}

/**
 * A whole year at once, all or nothing: every row is checked first (and all problems named);
 * then, in one transaction, the year is emptied (replace) or checked for rows already there,
 * the rows inserted and the import audited with what was there before and what is now.
 */
export async function importHolidays(
  deps: HolidayDeps,
  actor: AuthContext,
  body: {
    year: number
    format: HolidayImportFormat
    text: string
    replace: boolean
    dryRun: boolean
  },
  meta: RequestMeta,
) {
  const parsed = parseHolidayImport(body.year, body.format, body.text)
  if (parsed.problems.length) throw importInvalid(parsed.problems)
  const values = parsed.rows.map(valuesOf)
  const removed = await deps.db.transaction(async (tx) => {
    const existing = await listYearHolidays(tx, body.year)
    const clashes = body.replace ? [] : clashesWith(existing, parsed.rows)
    if (clashes.length) throw importInvalid(clashes)
    if (body.dryRun) return body.replace ? existing.length : 0
    const gone = body.replace ? await deleteYearHolidays(tx, body.year) : []
    await insertHolidays(tx, values)
    await audit(tx, actor, meta, 'holiday.import', String(body.year), {
      before: gone.map(auditedOf),
      after: values.map(auditedOf),
      format: body.format,
      replace: body.replace,
    })
    return gone.length
  })
  if (!body.dryRun) await deps.changed.announce()
  return { year: body.year, dryRun: body.dryRun, rows: parsed.rows, removed }
}

function clashesWith(
  existing: HolidayRow[],
  rows: { date: string; nameEn: string }[],
): RowProblem[] {
  const taken = new Set(
    existing.map((row) => holidayKey({ date: row.holidayDate, nameEn: row.nameEn })),
  )
  return rows.flatMap((row, index) =>
    taken.has(holidayKey(row))
      ? [{ path: `rows.${index + 1}`, message: 'ALREADY_EXISTS' as const }]
      : [],
  )
}

const importInvalid = (problems: RowProblem[]) =>
  new AppError('HOLIDAY_IMPORT_INVALID', `${problems.length} rows refused`, { errors: problems })

/** Refuses a second holiday of the same day and name before the constraint would (and after). */
async function saveUnique(
  db: Db,
  values: HolidayValues,
  exceptId: string | undefined,
  write: (tx: Db) => Promise<HolidayRow>,
): Promise<HolidayRow> {
  if (await findSameHoliday(db, values, exceptId)) throw new AppError('HOLIDAY_DUPLICATE')
  try {
    return await db.transaction((tx) => write(tx))
  } catch (error) {
    if (violates(error, 'unique', 'holidays_date_name_unique'))
      throw new AppError('HOLIDAY_DUPLICATE')
    throw error
  }
}

function audit(
  tx: Db,
  actor: AuthContext,
  meta: RequestMeta,
  action: string,
  resourceId: string,
  changes: unknown,
) {
  return recordAudit(tx, {
    userId: actor.userId,
    action,
    resource: 'holiday',
    resourceId,
    changes,
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}
