import { describe, expect, it } from 'vitest'
import { peopleSearchOf } from './people-search.ts'

describe('peopleSearchOf', () => {
  it('looks for Latin text in names and emails alike', () => {
    expect(peopleSearchOf('sara')).toEqual({ kind: 'nameOrEmail', name: 'sara', pattern: '%sara%' })
  })

  it('looks for Persian text or text with a space in names only, as no stored address has them', () => {
    expect(peopleSearchOf('سارا')).toEqual({ kind: 'name', name: 'سارا' })
    expect(peopleSearchOf('sara karimi')).toEqual({ kind: 'name', name: 'sara karimi' })
  })

  it('looks for an address in emails only, and digits in phones only', () => {
    expect(peopleSearchOf('Sara@')).toEqual({ kind: 'email', pattern: '%sara@%' })
    expect(peopleSearchOf('0912 123')).toEqual({ kind: 'phoneLike', pattern: '+98912123%' })
    expect(peopleSearchOf('۴۵۶۷')).toEqual({ kind: 'phoneLike', pattern: '%4567%' })
  })

  it('finds a whole number by equality, in the stored form', () => {
    expect(peopleSearchOf('0912 345 6789')).toEqual({ kind: 'phone', phone: '+989123456789' })
    expect(peopleSearchOf('+98 912 345 6789')).toEqual({ kind: 'phone', phone: '+989123456789' })
  })

  it('keeps LIKE wildcards as text', () => {
    expect(peopleSearchOf('50%_off\\')).toEqual({
      kind: 'nameOrEmail',
      name: '50\\%\\_off\\\\',
      pattern: '%50\\%\\_off\\\\%',
    })
  })
})
