import { describe, expect, it } from 'vitest'
import { rangeOf } from './byte-range.ts'

describe('Range headers (RFC 9110 §14)', () => {
  it('answers the whole file without a header', () => {
    expect(rangeOf(undefined, 100)).toEqual({ kind: 'whole' })
  })

  it('reads first-last, first- and -suffix', () => {
    expect(rangeOf('bytes=0-9', 100)).toEqual({ kind: 'part', start: 0, end: 9 })
    expect(rangeOf('bytes=90-', 100)).toEqual({ kind: 'part', start: 90, end: 99 })
    expect(rangeOf('bytes=-10', 100)).toEqual({ kind: 'part', start: 90, end: 99 })
    expect(rangeOf('bytes=-500', 100)).toEqual({ kind: 'part', start: 0, end: 99 })
  })

  it('clips a last position past the end', () => {
    expect(rangeOf('bytes=50-5000', 100)).toEqual({ kind: 'part', start: 50, end: 99 })
  })

  it('is unsatisfiable when the range starts at or past the end', () => {
    expect(rangeOf('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' })
    expect(rangeOf('bytes=200-300', 100)).toEqual({ kind: 'unsatisfiable' })
    expect(rangeOf('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' })
  })

  it('ignores what it does not understand and sends the whole file', () => {
    for (const header of ['bytes=abc', 'items=0-5', 'bytes=5-1', 'bytes=0-1,5-6', 'bytes=-', '']) {
      expect(rangeOf(header, 100)).toEqual({ kind: 'whole' })
    }
  })
})
