import { describe, expect, it } from 'vitest'
import {
  apiQueryOf,
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
} from './directory-filters.ts'

describe('directory filters', () => {
  it('reads the URL, ignoring values the API would refuse', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        'specialty=anxiety&gender=robot&maxPrice=1500000&soon=1&sort=price_asc&mode=x',
      ),
    )
    expect(filters).toEqual({
      specialty: 'anxiety',
      language: undefined,
      gender: undefined,
      mode: undefined,
      maxPriceToman: 1_500_000,
      availableSoon: true,
      sort: 'price_asc',
    })
    expect(hasActiveFilters(filters)).toBe(true)
    expect(hasActiveFilters(filtersFromParams(new URLSearchParams('sort=price_desc')))).toBe(false)
  })

  it('round-trips through the URL and leaves defaults out', () => {
    const params = new URLSearchParams('language=en&gender=female&soon=1')
    expect(filtersToParams(filtersFromParams(params)).toString()).toBe(
      'language=en&gender=female&soon=1',
    )
    expect(filtersToParams(filtersFromParams(new URLSearchParams())).toString()).toBe('')
  })

  it('asks the API in rials and for 7 days of availability', () => {
    const query = new URLSearchParams(
      apiQueryOf(filtersFromParams(new URLSearchParams('maxPrice=1000000&soon=1&mode=video'))),
    )
    expect(query.get('maxPriceIrr')).toBe('10000000')
    expect(query.get('availableWithinDays')).toBe('7')
    expect(query.get('mode')).toBe('video')
    expect(query.get('sort')).toBe('experience')
  })
})
