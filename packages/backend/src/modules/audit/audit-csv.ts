import type { AuditView } from './audit-view.ts'

/** Excel reads UTF-8 only when the file starts with a byte order mark. */
export const CSV_BOM = '\uFEFF'

const HEADERS = [
  'زمان (تهران)',
  'زمان (UTC)',
  'شناسه کاربر',
  'نام کاربر',
  'کنش',
  'نوع منبع',
  'شناسه منبع',
  'نشانی IP',
  'مرورگر',
  'تغییرات',
]

const tehranTime = new Intl.DateTimeFormat('en-CA-u-ca-persian-nu-latn', {
  timeZone: 'Asia/Tehran',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** `1405/09/16 18:52:10`: the Jalali date and time an Iranian reader expects. */
function jalaliTime(iso: string): string {
  const parts = tehranTime.formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}/${part('month')}/${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; a leading = + - @ tab or
 * carriage return is defused with an apostrophe, so a spreadsheet never runs a user's text as a
 * formula (CSV injection).
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`

export const auditCsvHeader = () => CSV_BOM + csvLine(HEADERS)

export function auditCsvLine(row: AuditView): string {
  return csvLine([
    jalaliTime(row.createdAt),
    row.createdAt,
    row.userId,
    row.actorName,
    row.action,
    row.resource,
    row.resourceId,
    row.ip,
    row.userAgent,
    row.changes === null || row.changes === undefined ? '' : JSON.stringify(row.changes),
  ])
}
