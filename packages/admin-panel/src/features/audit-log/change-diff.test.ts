import { describe, expect, it } from 'vitest'
import { diffChanges } from './change-diff.ts'

describe('diffChanges', () => {
  it('compares before and after field by field', () => {
    const diff = diffChanges({
      before: { nameEn: 'Nowruz', isEstimated: false, gone: 1 },
      after: { nameEn: 'Nowruz', isEstimated: true, added: 'x' },
      replace: true,
    })
    expect(diff).toEqual({
      compared: true,
      rows: [
        { path: 'nameEn', before: 'Nowruz', after: 'Nowruz', kind: 'same' },
        { path: 'isEstimated', before: 'false', after: 'true', kind: 'changed' },
        { path: 'gone', before: '1', after: undefined, kind: 'removed' },
        { path: 'added', before: undefined, after: 'x', kind: 'added' },
        { path: 'replace', after: 'true', kind: 'same' },
      ],
    })
  })

  it('treats a null side as nothing, and lists other shapes as they are', () => {
    expect(diffChanges({ before: null, after: { a: 1 } }).rows).toEqual([
      { path: 'a', before: undefined, after: '1', kind: 'added' },
    ])
    expect(diffChanges({ appointmentId: 'x', list: [1, 2] })).toEqual({
      compared: false,
      rows: [
        { path: 'appointmentId', after: 'x', kind: 'same' },
        { path: 'list.0', after: '1', kind: 'same' },
        { path: 'list.1', after: '2', kind: 'same' },
      ],
    })
    expect(diffChanges(null)).toEqual({ compared: false, rows: [] })
  })
})
