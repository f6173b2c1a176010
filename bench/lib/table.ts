import type { ReportRow } from './report.ts'

const HEADERS = [
  'scenario',
  'req/s',
  'p50 ms',
  'p99 ms',
  'vs raw',
  'loop p99 ms',
  'all in s',
  'budget',
  'failures',
]

const number = (value: number | null, maxDigits: number) =>
  value === null ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: maxDigits })

function budgetCell(row: ReportRow): string {
  if (!row.budget) return ''
  if (row.withinBudget === null) return row.budget
  return `${row.budget} ${row.withinBudget ? 'met' : 'MISSED'}`
}

function cells(row: ReportRow): string[] {
  if (row.error) return [row.scenario, 'error', '', '', '', '', '', budgetCell(row), '']
  if (row.skipped) return [row.scenario, 'skipped', '', '', '', '', '', budgetCell(row), '']
  return [
    row.scenario,
    number(row.requestsPerSecond, 0),
    number(row.p50Ms, 2),
    number(row.p99Ms, 2),
    row.ratioToRaw === null ? '–' : `${(row.ratioToRaw * 100).toFixed(1)}%`,
    number(row.eventLoopDelayP99Ms, 1),
    number(row.completionSeconds, 1),
    budgetCell(row),
    number(row.failures, 0),
  ]
}

/** A plain-text table: left-aligned names, right-aligned figures. */
export function formatTable(rows: ReportRow[]): string {
  const body = rows.map(cells)
  const widths = HEADERS.map((header, i) =>
    Math.max(header.length, ...body.map((line) => line[i]?.length ?? 0)),
  )
  const render = (line: string[]) =>
    line
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  const errors = rows.filter((row) => row.error).map((row) => `\n${row.scenario}: ${row.error}`)
  const skips = rows
    .filter((row) => row.skipped)
    .map((row) => `\n${row.scenario}: skipped: ${row.skipped}`)
  const notes = rows.filter((row) => row.note).map((row) => `\n${row.scenario}: ${row.note}`)
  return (
    [render(HEADERS), rule, ...body.map(render)].join('\n') +
    notes.join('') +
    skips.join('') +
    errors.join('')
  )
}
