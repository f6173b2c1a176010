import { describe, expect, it } from 'vitest'
import { characterCount } from './message-length.ts'

describe('message limits', () => {
  it('count an emoji once and ZWNJ as the character it is', () => {
    expect(characterCount('🌱')).toBe(1)
    expect(characterCount('می\u200cخواهم')).toBe(8)
  })
})
