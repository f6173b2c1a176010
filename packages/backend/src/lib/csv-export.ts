/**
 * Streamed CSV exports of the admin's lists (audit log, appointments, payments): UTF-8 with a
 * byte order mark and Persian headers so Excel opens them as they are, and rows read in keyset
 * batches so memory stays flat however many rows match.
 */

/** Excel reads UTF-8 only when the file starts with a byte order mark. */
export const CSV_BOM = '\uFEFF'

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; a leading = + - @ tab or
 * carriage return is defused with an apostrophe, so a spreadsheet never runs a user's text as a
 * formula (CSV injection). Numbers stay numbers: a negative amount is not a formula.
 */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return String(value)
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`

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

/** `1405/09/16 18:52:10`: the Jalali date and time in Tehran an Iranian reader expects. */
export function jalaliTime(instant: string | Date | null | undefined): string {
  if (instant === null || instant === undefined) return ''
  const parts = tehranTime.formatToParts(new Date(instant))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}/${part('month')}/${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

export interface KeysetCsv<Row, Key> {
  headers: readonly string[]
  /** Up to `limit` rows after `after` (undefined: from the start), in the export's order. */
  readBatch: (after: Key | undefined, limit: number) => Promise<Row[]>
  /** Where the next batch starts after this row. */
  keyOf: (row: Row) => Key
  cells: (row: Row) => unknown[]
  batchSize?: number
}

const BATCH = 1000

/**
 * The header, then one chunk per batch. A consumer that pulls (Readable.from) keeps one batch in
 * memory at a time; a short batch ends the file.
 */
export async function* keysetCsv<Row, Key>(spec: KeysetCsv<Row, Key>): AsyncGenerator<string> {
  const limit = spec.batchSize ?? BATCH
  yield CSV_BOM + csvLine([...spec.headers])
  let after: Key | undefined
  for (;;) {
    const rows = await spec.readBatch(after, limit)
    if (rows.length > 0) yield rows.map((row) => csvLine(spec.cells(row))).join('')
    const last = rows.at(-1)
    if (rows.length < limit || last === undefined) return
    after = spec.keyOf(last)
  }
}
