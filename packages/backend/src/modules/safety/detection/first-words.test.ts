import { describe, expect, it } from 'vitest'
import { CodeUnits } from './code-units.ts'
import { firstWords } from './first-words.ts'
import { normaliseText } from './normalise-text.ts'
import { patternSource } from './phrase-pattern.ts'
import { WordGate } from './word-gate.ts'

const sources = (...phrases: string[]) => phrases.map((phrase) => patternSource(phrase))
const sorted = (words: Set<string>) => [...words].sort()

describe('first words of phrases', () => {
  it('follow groups and optional words into the second word', () => {
    const { whole, starts } = firstWords(sources('(ای )?کاش بمیرم', 'want to die'))
    expect(sorted(whole)).toEqual(['want to', 'ای کاش'])
    expect(sorted(starts)).toEqual(['کاش بمیرم'])
  })

  it('read a lazy optional space as optional («می~?ندازم»)', () => {
    const { whole } = firstWords(sources('خودمو (ب|می~)~?ندازم پایین'))
    expect(whole).toContain('خودمو میندازم')
    expect(whole).toContain('خودمو می')
  })

  it('keep a word that may go on as a start', () => {
    const { starts } = firstWords(sources('قرص% _ خوردم'))
    expect(starts).toContain('قرص')
  })

  it('refuse what they cannot read rather than guess', () => {
    expect(() => firstWords(['(?=a)b'])).toThrow(/unsupported group/)
    expect(() => firstWords(['a.b'])).toThrow(/unsupported/)
  })
})

describe('the word gate', () => {
  const gate = new WordGate(
    firstWords(sources('(ای )?کاش بمیرم', 'قرص% _ خوردم', '& تا قرص', 'i want to die')),
  )
  const units = new CodeUnits()
  const opened = (text: string) => {
    const normalised = normaliseText(text)
    return [...gate.open(units.read(normalised))].map((at) =>
      normalised.slice(at + 1, normalised.indexOf(' ', at + 1)),
    )
  }

  it('lets through the words a phrase starts at, and only those', () => {
    expect(opened('سلام، ای کاش امروز بهتر بشم')).toEqual(['ای'])
    expect(opened('قرصامو خوردم و I want to sleep')).toEqual(['قرصامو', 'i'])
    expect(opened('I read the article you sent')).toEqual([])
    expect(opened('۱۲ تا قرص، نه ۵ تا، نه 05 تا')).toEqual(['12', 'قرص'])
  })
})
