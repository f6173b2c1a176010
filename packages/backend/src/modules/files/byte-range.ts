export type RangeAnswer =
  | { kind: 'whole' }
  | { kind: 'part'; start: number; end: number }
  | { kind: 'unsatisfiable' }

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/

/**
 * One `Range: bytes=…` header against a size, per RFC 9110 §14: a header we do not understand
 * (another unit, several ranges, garbage, last before first) is ignored and the whole file
 * goes out; a well-formed range that starts past the end is unsatisfiable (416).
 */
export function rangeOf(header: string | undefined, size: number): RangeAnswer {
  const match = header?.trim().match(SINGLE_RANGE)
  if (!match) return { kind: 'whole' }
  const [, first = '', last = ''] = match
  if (first === '' && last === '') return { kind: 'whole' }
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'part', start: Math.max(size - suffix, 0), end: size - 1 }
  }
  const start = Number(first)
  if (last !== '' && Number(last) < start) return { kind: 'whole' }
  if (start >= size) return { kind: 'unsatisfiable' }
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  return { kind: 'part', start, end }
}
