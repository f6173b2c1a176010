import { describe, expect, it } from 'vitest'
import { nameSearchKey } from './name-search.ts'

describe('nameSearchKey', () => {
  it('folds Arabic letters, joiners, spaces and case the same way for every spelling', () => {
    const key = nameSearchKey('کریمی‌نژاد')
    for (const spelling of ['كريمي نژاد', 'کریمی نژاد', 'کریمینژاد', 'کریمی\u200cنژاد']) {
      expect(nameSearchKey(spelling)).toBe(key)
    }
    expect(nameSearchKey(' Karimi  Nejad ')).toBe('kariminejad')
  })
})
