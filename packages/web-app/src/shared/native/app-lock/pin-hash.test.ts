import { describe, expect, it } from 'vitest'
import { hashPin, PIN_PATTERN, pinMatches } from './pin-hash.ts'

describe('a PIN', () => {
  it('is kept only as a salted hash that the same PIN matches and another does not', async () => {
    const stored = await hashPin('2580')
    expect(JSON.stringify(stored)).not.toContain('2580')
    expect(await pinMatches('2580', stored)).toBe(true)
    expect(await pinMatches('2581', stored)).toBe(false)
  })

  it('hashes differently under each salt', async () => {
    const [first, second] = await Promise.all([hashPin('2580'), hashPin('2580')])
    expect(first.salt).not.toBe(second.salt)
    expect(first.hash).not.toBe(second.hash)
  })

  it('is four to eight digits', () => {
    expect(PIN_PATTERN.test('123')).toBe(false)
    expect(PIN_PATTERN.test('1234')).toBe(true)
    expect(PIN_PATTERN.test('12345678')).toBe(true)
    expect(PIN_PATTERN.test('123456789')).toBe(false)
    expect(PIN_PATTERN.test('12a4')).toBe(false)
  })
})
