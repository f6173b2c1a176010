import { describe, expect, it } from 'vitest'
import { joinList, LANGUAGE_KEYS, languageName } from './display-names.ts'

describe('languageName', () => {
  it.each(['fa', 'en'] as const)('names every filter language as the browser does, in %s', (ui) => {
    const browser = new Intl.DisplayNames([ui], { type: 'language' })
    for (const code of LANGUAGE_KEYS) expect(languageName(code, ui)).toBe(browser.of(code))
  })

  it('asks the browser for any other language', () => {
    expect(languageName('ja', 'en')).toBe('Japanese')
    expect(languageName('ja', 'fa')).toBe('ژاپنی')
  })
})

describe('joinList', () => {
  it('joins in the reader’s language', () => {
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b, and c')
    expect(joinList(['الف', 'ب'], 'fa')).toBe('الف و ب')
  })
})
