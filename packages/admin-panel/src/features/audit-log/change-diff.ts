export type DiffKind = 'added' | 'removed' | 'changed' | 'same'

export interface DiffRow {
  /** Dotted path into the value (`after.name`, `items.2.date`); empty for a bare value. */
  path: string
  before?: string
  after?: string
  kind: DiffKind
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Leaves of a JSON value by dotted path, each shown as JSON text (strings without quotes). */
function flatten(value: unknown, prefix = '', into = new Map<string, string>()) {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into)
    }
  } else if (value !== undefined && !(prefix === '' && (value === null || isRecord(value)))) {
    // At the top, null (`before: null` of a creation) or {} is nothing, not a value.
    into.set(prefix, typeof value === 'string' ? value : JSON.stringify(value))
  }
  return into
}

/**
 * An audit row's `changes` as rows of a before/after table. `{ before, after }` (how admin
 * actions are audited) is compared field by field; anything else is listed as it is, as
 * "after" values.
 */
export function diffChanges(changes: unknown): { compared: boolean; rows: DiffRow[] } {
  if (changes === null || changes === undefined) return { compared: false, rows: [] }
  if (isRecord(changes) && ('before' in changes || 'after' in changes)) {
    const before = flatten(changes.before)
    const after = flatten(changes.after)
    const extra = Object.fromEntries(
      Object.entries(changes).filter(([key]) => key !== 'before' && key !== 'after'),
    )
    const paths = [...new Set([...before.keys(), ...after.keys()])]
    const rows = paths.map((path): DiffRow => {
      const was = before.get(path)
      const now = after.get(path)
      const kind: DiffKind =
        was === undefined
          ? 'added'
          : now === undefined
            ? 'removed'
            : was === now
              ? 'same'
              : 'changed'
      return { path, before: was, after: now, kind }
    })
    const context = [...flatten(extra)].map(
      ([path, value]): DiffRow => ({ path, after: value, kind: 'same' }),
    )
    return { compared: true, rows: [...rows, ...context] }
  }
  return {
    compared: false,
    rows: [...flatten(changes)].map(([path, value]) => ({ path, after: value, kind: 'same' })),
  }
}
