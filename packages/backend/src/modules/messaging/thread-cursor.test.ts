import { describe, expect, it } from 'vitest'
import { AppError } from '../../lib/app-error.ts'
import { decodeThreadCursor, encodeThreadCursor } from './thread-cursor.ts'

describe('thread cursors', () => {
  it('round-trips the assigned flag, the time and the id', () => {
    const cursor = {
      assigned: true,
      at: '2026-11-24T10:00:00.123Z',
      id: '0f8e0c1c-7d0e-4a9e-9a35-2f8f7c1b2d3e',
    }
    expect(decodeThreadCursor(encodeThreadCursor(cursor))).toEqual(cursor)
  })

  it('refuses anything it did not make', () => {
    for (const bad of ['', 'garbage', Buffer.from("1|x|'; DROP TABLE x").toString('base64url')]) {
      expect(() => decodeThreadCursor(bad)).toThrow(AppError)
    }
  })
})
