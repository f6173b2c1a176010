import { describe, expect, it } from 'vitest'
import { filtersFromSearch, searchFromFilters } from './audit-filters.ts'

describe('audit filters', () => {
  it('keep what the API accepts from the address and drop the rest', () => {
    const search = new URLSearchParams(
      'userId=0B5C6A3E-1111-4222-8333-944455556666&action=holiday.create&from=2026-1-1&to=2026-12-07&x=1',
    )
    const filters = filtersFromSearch(search)
    expect(filters).toEqual({
      userId: '0b5c6a3e-1111-4222-8333-944455556666',
      action: 'holiday.create',
      to: '2026-12-07',
    })
    expect(searchFromFilters(filters).toString()).toBe(
      'userId=0b5c6a3e-1111-4222-8333-944455556666&action=holiday.create&to=2026-12-07',
    )
  })
})
