import type { ItemAnswer } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import { GAD7 } from '../instruments/gad7.ts'
import type { InstrumentDefinition } from '../instruments/instrument.ts'
import { IPIP50 } from '../instruments/ipip50.ts'
import { PHQ9 } from '../instruments/phq9.ts'
import { score } from './score.ts'

const answersOf = (instrument: InstrumentDefinition, values: number[]): ItemAnswer[] =>
  instrument.questions.items.map((item, index) => ({ itemId: item.id, value: values[index] ?? 0 }))
const all = (instrument: InstrumentDefinition, value: number) =>
  answersOf(
    instrument,
    instrument.questions.items.map(() => value),
  )

describe('PHQ-9 scoring (Kroenke 2001)', () => {
  it('scores all 1s as 9, mild, and flags item 9', () => {
    const scored = score(PHQ9.scoringRules, all(PHQ9, 1))
    expect(scored).toMatchObject({ total: 9, band: 'mild', flags: ['phq9_item9'] })
    expect(scored.personalityType).toBeNull()
  })

  it('places each band edge in its band', () => {
    const band = (values: number[]) => score(PHQ9.scoringRules, answersOf(PHQ9, values)).band
    expect(band([0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('minimal')
    expect(band([1, 1, 1, 1, 0, 0, 0, 0, 0])).toBe('minimal')
    expect(band([2, 2, 1, 0, 0, 0, 0, 0, 0])).toBe('mild')
    expect(band([2, 2, 2, 2, 2, 0, 0, 0, 0])).toBe('moderate')
    expect(band([3, 3, 3, 3, 2, 1, 0, 0, 0])).toBe('moderately_severe')
    expect(band([3, 3, 3, 3, 3, 2, 2, 1, 0])).toBe('severe')
  })

  it('scores a severe example (all 3s: 27) and no flag when item 9 is 0', () => {
    expect(score(PHQ9.scoringRules, all(PHQ9, 3))).toMatchObject({ total: 27, band: 'severe' })
    const noItem9 = answersOf(PHQ9, [3, 3, 3, 3, 3, 3, 3, 2, 0])
    expect(score(PHQ9.scoringRules, noItem9)).toMatchObject({ total: 23, flags: [] })
  })

  it('flags item 9 above 0 even when the total is minimal', () => {
    const scored = score(PHQ9.scoringRules, answersOf(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1]))
    expect(scored).toMatchObject({ total: 1, band: 'minimal', flags: ['phq9_item9'] })
  })
})

describe('GAD-7 scoring (Spitzer 2006)', () => {
  it('scores totals into the four bands', () => {
    const of = (values: number[]) => score(GAD7.scoringRules, answersOf(GAD7, values))
    expect(of([0, 0, 0, 0, 0, 0, 0])).toMatchObject({ total: 0, band: 'minimal' })
    expect(of([1, 1, 1, 1, 1, 0, 0])).toMatchObject({ total: 5, band: 'mild' })
    expect(of([2, 2, 2, 2, 2, 0, 0])).toMatchObject({ total: 10, band: 'moderate' })
    expect(of([3, 3, 3, 3, 3, 0, 0])).toMatchObject({ total: 15, band: 'severe' })
    expect(of([3, 3, 3, 3, 3, 3, 3])).toMatchObject({ total: 21, band: 'severe', flags: [] })
  })
})

describe('IPIP-50 scoring (Goldberg 1992)', () => {
  it('sets levels at the ESCS mean ± 1 SD, per item over 10 items', () => {
    expect(
      IPIP50.scoringRules.scales.map((s) => [s.key, s.levels?.lowMax, s.levels?.highMin]),
    ).toEqual([
      ['extraversion', 24, 39],
      ['agreeableness', 35, 46],
      ['conscientiousness', 33, 45],
      ['emotional_stability', 28, 43],
      ['intellect', 31, 44],
    ])
  })

  it('keys 10 items per trait, 24 of them reversed', () => {
    const items = IPIP50.scoringRules.scales.flatMap((scale) => scale.items)
    expect(new Set(items).size).toBe(50)
    expect(IPIP50.scoringRules.reverseKeyed).toHaveLength(24)
    expect(IPIP50.scoringRules.scales[0]?.items).toEqual(
      [1, 6, 11, 16, 21, 26, 31, 36, 41, 46].map((n) => `ipip_${n}`),
    )
  })

  it('scores reverse-keyed answers 1–5 as 5–1', () => {
    // Item 6 ("Don't talk a lot") is minus-keyed Extraversion; item 1 plus-keyed.
    const base = all(IPIP50, 3)
    const withItem6 = (value: number) =>
      base.map((a) => (a.itemId === 'ipip_6' ? { ...a, value } : a))
    const extraversion = (answers: ItemAnswer[]) =>
      score(IPIP50.scoringRules, answers).scales.find((s) => s.key === 'extraversion')?.score
    expect(extraversion(withItem6(1))).toBe(27 + 5)
    expect(extraversion(withItem6(5))).toBe(27 + 1)
  })

  it('answering "very accurate" to everything is 30 per trait: average all round', () => {
    const scored = score(IPIP50.scoringRules, all(IPIP50, 5))
    // Each trait has plus and minus items, so agreeing with everything cancels out.
    expect(scored.scales.find((s) => s.key === 'extraversion')).toMatchObject({
      score: 30,
      level: 'average',
    })
    expect(scored.total).toBeNull()
    expect(scored.band).toBeNull()
  })

  it('labels trait levels in words, not letters', () => {
    const reversed = new Set(IPIP50.scoringRules.reverseKeyed)
    // The profile of someone who agrees with every plus-keyed item and rejects every minus one.
    const answers = IPIP50.questions.items.map((item) => ({
      itemId: item.id,
      value: reversed.has(item.id) ? 1 : 5,
    }))
    const scored = score(IPIP50.scoringRules, answers)
    expect(scored.scales.map((s) => [s.key, s.score, s.level])).toEqual([
      ['extraversion', 50, 'high'],
      ['agreeableness', 50, 'high'],
      ['conscientiousness', 50, 'high'],
      ['emotional_stability', 50, 'high'],
      ['intellect', 50, 'high'],
    ])
    expect(scored.personalityType).toEqual({
      fa: 'برون‌گرا، همدل و خوش‌برخورد، منظم و وظیفه‌شناس، آرام و پایدار، کنجکاو و خیال‌پرداز',
      en: 'outgoing, warm and cooperative, organised and dependable, calm and steady, curious and imaginative',
    })
  })
})
