import { describe, expect, it } from 'vitest'
import { finglishSkeleton } from './finglish-skeleton.ts'
import { normaliseText } from './normalise-text.ts'
import { patternSource, phraseSource } from './phrase-pattern.ts'

describe('phrase patterns', () => {
  it('normalise their literals like the text', () => {
    expect(patternSource('كيك Kill')).toBe('کیک kil')
  })

  it('accept a space, a ZWNJ or nothing at ~', () => {
    const pattern = new RegExp(`^${patternSource('می~خوام')}$`)
    for (const written of ['میخوام', 'می خوام']) expect(pattern.test(written)).toBe(true)
  })

  it('keep a letter that ~ joins to its twin, which the text collapses', () => {
    const pattern = new RegExp(`^${patternSource('راحت~ترن')}$`)
    for (const written of ['راحترن', 'راحت ترن']) expect(pattern.test(written)).toBe(true)
  })

  it('spell groups, gaps, word endings and numbers', () => {
    expect(patternSource('(a|b)? _ c% # &')).toBe('(?:a|b)? (?:\\S+ ){0,4}c\\S* \\d+ [1-9]\\d+')
  })

  it('wrap a whole phrase in its word bounds and exclusions', () => {
    const source = phraseSource({ match: 'cut myself', notBefore: 'nearly', notAfter: 'shaving' })
    const pattern = new RegExp(` ${source}`)
    expect(pattern.test(' i cut myself ')).toBe(true)
    expect(pattern.test(' i nearly cut myself ')).toBe(false)
    expect(pattern.test(' i cut myself shaving ')).toBe(false)
    expect(pattern.test(' i cut myselfie ')).toBe(false)
  })
})

describe('Finglish phrases', () => {
  it('are written as the skeleton every spelling of them shares', () => {
    const pattern = new RegExp(`^ ${patternSource('mikham khodam~(o|ro)? bokosham', 'finglish')} $`)
    for (const written of [
      'mikham khodamo bokosham',
      'mikhaam khodemoo bekosham',
      'mkhm xodmo bkshm',
      'mikham khodam ro bokoshm',
    ]) {
      const skeleton = finglishSkeleton(normaliseText(written))
      expect(skeleton, written).not.toBeNull()
      expect(pattern.test(skeleton as string), written).toBe(true)
    }
  })

  it('keep a vowel that starts a word, and a final h with its vowel', () => {
    expect(finglishSkeleton(normaliseText('emshab az pol'))).toBe(' amSb az pl ')
    expect(finglishSkeleton(normaliseText('zendeh zende dige dg dgeh'))).toBe(' znd znd dq dq dq ')
  })

  it('read a word in Persian letters as one word, and no Latin as nothing', () => {
    expect(finglishSkeleton(normaliseText('salam دکتر jan'))).toBe(' slm * jn ')
    expect(finglishSkeleton(normaliseText('سلام دکتر'))).toBeNull()
  })
})
