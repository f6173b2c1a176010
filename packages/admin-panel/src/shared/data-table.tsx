import { type ColumnDef, type RowData, tableFeatures, useTable } from '@tanstack/react-table'
import { cx } from '@yektayar/ui'
import { type ReactNode, useMemo } from 'react'

/**
 * Lists in the panel are filtered, sorted and paged by the server (keyset pages of at most a few
 * hundred rows), so the table needs no client-side row models: only the core one.
 */
const features = tableFeatures({})
type CoreFeatures = typeof features

/** One column: its header text, how to show a row's cell, and optional cell classes. */
export interface DataColumn<Row> {
  id: string
  header: string
  cell: (row: Row) => ReactNode
  /** Extra classes for this column's cells (alignment, nowrap, monospace…). */
  className?: string
  /** `ltr` for identifiers, phone numbers, IPs and amounts in Latin digits. */
  dir?: 'ltr' | 'auto'
}

export interface DataTableProps<Row extends RowData> {
  columns: DataColumn<Row>[]
  rows: Row[]
  rowId: (row: Row) => string
  /** Read by screen readers before the table; say what the rows are. */
  caption: string
}

/**
 * The panel's one table: a headless TanStack Table rendered as a semantic `<table>` in the
 * panel's style, scrolling sideways on narrow screens instead of squeezing columns.
 */
export function DataTable<Row extends RowData>({
  columns,
  rows,
  rowId,
  caption,
}: DataTableProps<Row>) {
  const columnDefs = useMemo(() => toColumnDefs(columns), [columns])
  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    getRowId: (row) => rowId(row),
  })
  const byId = new Map(columns.map((column) => [column.id, column]))
  return (
    <div className="overflow-x-auto rounded-2xl border border-line bg-surface">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-muted text-ink-muted">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className="px-3 py-2.5 text-start font-semibold">
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-t border-line align-top">
              {row.getAllCells().map((cell) => {
                const column = byId.get(cell.column.id)
                return (
                  <td
                    key={cell.id}
                    dir={column?.dir}
                    className={cx('px-3 py-2.5 text-ink', column?.className)}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function toColumnDefs<Row extends RowData>(
  columns: DataColumn<Row>[],
): ColumnDef<CoreFeatures, Row, unknown>[] {
  return columns.map((column) => ({
    id: column.id,
    header: () => column.header,
    cell: ({ row }) => column.cell(row.original),
  }))
}
