import { describe, expect, it } from 'vitest'
import { dayInputText, parseDayInput } from './day-input.ts'

describe('day input', () => {
  it('reads days typed in either calendar and any digits', () => {
    expect(parseDayInput('۱۴۰۵/۰۹/۱۶')).toBe('2026-12-07')
    expect(parseDayInput('2026-12-07')).toBe('2026-12-07')
    expect(parseDayInput('1405/07/31')).toBeNull()
    expect(parseDayInput('2026-02-30')).toBeNull()
    expect(parseDayInput('yesterday')).toBeNull()
  })

  it('writes a day back as the reader typed it', () => {
    expect(dayInputText('2026-12-07', 'fa')).toBe('۱۴۰۵/۰۹/۱۶')
    expect(dayInputText('2026-12-07', 'en')).toBe('2026-12-07')
  })
})
