import { describe, expect, it } from 'vitest'
import {
  emptyWeek,
  parseClock,
  rulesFromWeek,
  tidyClock,
  validateWeek,
  WEEK_ORDER,
  type WeekDraft,
  weekdayName,
  weekFromRules,
} from './weekly-rules.ts'

const range = (id: string, start: string, end: string) => ({ id, start, end })

function weekWith(patch: Partial<WeekDraft>): WeekDraft {
  return { ...emptyWeek(), ...patch }
}

describe('parseClock', () => {
  it('reads Latin, Persian and Arabic-Indic digits alike', () => {
    expect(parseClock('09:30')).toBe(570)
    expect(parseClock('۰۹:۳۰')).toBe(570)
    expect(parseClock('٠٩:٣٠')).toBe(570)
    expect(parseClock(' 9:30 ')).toBe(570)
    expect(parseClock('۱۷')).toBe(17 * 60)
  })

  it('takes 24:00 as the end of the day and refuses impossible times', () => {
    expect(parseClock('24:00')).toBe(1440)
    expect(parseClock('24:30')).toBeNull()
    expect(parseClock('25:00')).toBeNull()
    expect(parseClock('09:60')).toBeNull()
    expect(parseClock('9:3')).toBeNull()
    expect(parseClock('')).toBeNull()
    expect(parseClock('ساعت ۹')).toBeNull()
  })
})

describe('tidyClock', () => {
  it('writes a valid time as HH:MM in the reader’s digits and leaves the rest as typed', () => {
    expect(tidyClock('9:30', 'fa')).toBe('۰۹:۳۰')
    expect(tidyClock('۹:۳۰', 'en')).toBe('09:30')
    expect(tidyClock('9:3', 'fa')).toBe('9:3')
  })
})

describe('validateWeek', () => {
  it('accepts windows that touch but do not overlap, in any typed order', () => {
    const week = weekWith({
      6: [range('b', '۱۴:۰۰', '۱۸:۰۰'), range('a', '09:00', '14:00')],
      1: [range('c', '20:00', '24:00')],
    })
    expect(validateWeek(week).size).toBe(0)
  })

  it('flags an end that is not after its start', () => {
    const problems = validateWeek(
      weekWith({ 2: [range('a', '13:00', '09:00'), range('b', '10:00', '10:00')] }),
    )
    expect(Object.fromEntries(problems)).toEqual({ a: 'endNotAfterStart', b: 'endNotAfterStart' })
  })

  it('flags the later of two overlapping windows on the same day only', () => {
    const problems = validateWeek(
      weekWith({
        3: [range('late', '12:00', '15:00'), range('early', '09:00', '13:00')],
        4: [range('other-day', '12:00', '15:00')],
      }),
    )
    expect(Object.fromEntries(problems)).toEqual({ late: 'overlap' })
  })

  it('names the field that cannot be read', () => {
    const problems = validateWeek(
      weekWith({
        5: [
          range('a', 'nine', '12:00'),
          range('b', '13:00', '۲۵:۰۰'),
          range('c', '24:00', '24:00'),
        ],
      }),
    )
    expect(Object.fromEntries(problems)).toEqual({
      a: 'startInvalid',
      b: 'endInvalid',
      c: 'startInvalid',
    })
  })
})

describe('weekFromRules and rulesFromWeek', () => {
  it('round-trips the API rules, sorted, with Persian digits on screen in fa', () => {
    const rules = [
      { weekday: 6, start: '16:00', end: '20:00' },
      { weekday: 6, start: '09:00', end: '13:00' },
      { weekday: 1, start: '08:30', end: '24:00' },
    ]
    const week = weekFromRules(rules, 'fa')
    expect(week[6].map((r) => [r.start, r.end])).toEqual([
      ['۰۹:۰۰', '۱۳:۰۰'],
      ['۱۶:۰۰', '۲۰:۰۰'],
    ])
    expect(week[7]).toEqual([])
    expect(rulesFromWeek(week)).toEqual([
      { weekday: 1, start: '08:30', end: '24:00' },
      { weekday: 6, start: '09:00', end: '13:00' },
      { weekday: 6, start: '16:00', end: '20:00' },
    ])
  })

  it('sends times typed in Persian digits as HH:MM', () => {
    const week = weekWith({ 7: [range('a', '۹', '۱۲:۳۰')] })
    expect(rulesFromWeek(week)).toEqual([{ weekday: 7, start: '09:00', end: '12:30' }])
  })
})

describe('week order and names', () => {
  it('starts the week on Saturday in fa and Sunday in en', () => {
    expect(WEEK_ORDER.fa.map((day) => weekdayName(day, 'fa'))).toEqual([
      'شنبه',
      'یکشنبه',
      'دوشنبه',
      'سه‌شنبه',
      'چهارشنبه',
      'پنجشنبه',
      'جمعه',
    ])
    expect(weekdayName(WEEK_ORDER.en[0] ?? 1, 'en')).toBe('Sunday')
    expect(weekdayName(1, 'en')).toBe('Monday')
  })
})
