import * as contract from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import {
  characterCount,
  MESSAGE_EDIT_WINDOW_MS,
  MESSAGE_MAX_LENGTH,
  TYPING_EXPIRES_MS,
} from './message-length.ts'

describe('message limits', () => {
  it('mirror the shared contract', () => {
    expect(MESSAGE_MAX_LENGTH).toBe(contract.MESSAGE_MAX_LENGTH)
    expect(MESSAGE_EDIT_WINDOW_MS).toBe(contract.MESSAGE_EDIT_WINDOW_MS)
    expect(TYPING_EXPIRES_MS).toBe(contract.TYPING_EXPIRES_MS)
  })

  it('count an emoji once and ZWNJ as the character it is', () => {
    expect(characterCount('🌱')).toBe(1)
    expect(characterCount('می\u200cخواهم')).toBe(8)
  })
})
