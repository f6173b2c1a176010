import { describe, expect, it } from 'vitest'
import { peopleMatches } from './people-search.ts'

describe('peopleMatches', () => {
  it('looks for Latin text in names and emails alike', () => {
    expect(peopleMatches('sara')).toHaveLength(2)
  })

  it('looks for Persian text or text with a space in names only, as no stored address has them', () => {
    expect(peopleMatches('سارا')).toHaveLength(1)
    expect(peopleMatches('sara karimi')).toHaveLength(1)
  })

  it('looks for an address in emails only, and digits in phones only', () => {
    expect(peopleMatches('sara@')).toHaveLength(1)
    expect(peopleMatches('0912 123')).toHaveLength(1)
  })
})
