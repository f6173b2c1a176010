import { describe, expect, it } from 'vitest'
import {
  clientIdSchema,
  createThreadBodySchema,
  MESSAGE_MAX_LENGTH,
  messageContentSchema,
  messageListQuerySchema,
  messageSendAckSchema,
  updateThreadBodySchema,
} from './messaging.ts'

describe('message content', () => {
  it('keeps Persian, emoji and ZWNJ exactly as typed', () => {
    for (const text of ['می\u200cخواهم', 'سلام 👋🏽', '  فاصله  ', '<script>alert(1)</script>']) {
      expect(messageContentSchema.parse(text)).toBe(text)
    }
  })

  it('counts characters, not UTF-16 units, up to the limit', () => {
    expect(messageContentSchema.safeParse('😀'.repeat(MESSAGE_MAX_LENGTH)).success).toBe(true)
    expect(messageContentSchema.safeParse('ا'.repeat(MESSAGE_MAX_LENGTH + 1)).success).toBe(false)
  })

  it('refuses empty, blank, NUL and non-strings', () => {
    for (const bad of ['', ' \n\t ', 'a\u0000', 7, null, undefined, ['x']]) {
      expect(messageContentSchema.safeParse(bad).success).toBe(false)
    }
  })
})

describe('messaging contracts', () => {
  it('takes client ids a client would generate and nothing odd', () => {
    expect(clientIdSchema.safeParse('0f8e0c1c-7d0e-4a9e-9a35-2f8f7c1b2d3e').success).toBe(true)
    for (const bad of ['short', 'has space in it', 'x'.repeat(65), '../../etc']) {
      expect(clientIdSchema.safeParse(bad).success).toBe(false)
    }
  })

  it('never takes server-owned fields in a new thread or an update', () => {
    const withOwner = { kind: 'department', category: 'billing', content: 'x', senderId: 'y' }
    expect(createThreadBodySchema.safeParse(withOwner).success).toBe(false)
    expect(updateThreadBodySchema.safeParse({}).success).toBe(false)
    expect(updateThreadBodySchema.safeParse({ status: 'open', lastSeq: 9 }).success).toBe(false)
  })

  it('pages messages one way at a time', () => {
    expect(messageListQuerySchema.parse({ after: '5' })).toEqual({ after: 5, limit: 50 })
    expect(messageListQuerySchema.safeParse({ after: '5', before: '9' }).success).toBe(false)
  })

  it('shapes acknowledgements as ok/data or ok/error', () => {
    expect(
      messageSendAckSchema.safeParse({ ok: false, error: { code: 'X', message: 'y' } }).success,
    ).toBe(true)
    expect(messageSendAckSchema.safeParse({ ok: true }).success).toBe(false)
  })
})
