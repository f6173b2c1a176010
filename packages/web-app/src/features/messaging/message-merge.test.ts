import type { ThreadMessage } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import { leavesGap, mergeMessages, newestSeq } from './message-merge.ts'

const message = (seq: number, extra: Partial<ThreadMessage> = {}): ThreadMessage => ({
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  threadId: 't1',
  senderId: 'u1',
  content: `پیام ${seq}`,
  isSystem: false,
  seq,
  clientId: null,
  createdAt: '2026-11-24T10:00:00.000Z',
  editedAt: null,
  attachments: [],
  ...extra,
})

describe('merging messages into a conversation', () => {
  it('keeps them in seq order whatever order they come in', () => {
    const merged = mergeMessages([message(2), message(3)], [message(5), message(1), message(4)])
    expect(merged.map((item) => item.seq)).toEqual([1, 2, 3, 4, 5])
  })

  it('a message arriving twice (event, catch-up, replay) is kept once', () => {
    const held = [message(1), message(2)]
    expect(mergeMessages(held, [message(2)])).toBe(held)
    expect(mergeMessages(held, [message(2), message(3), message(3)]).map((m) => m.seq)).toEqual([
      1, 2, 3,
    ])
  })

  it('an edit replaces the message; an older copy never undoes it', () => {
    const edited = message(1, { content: 'ویرایش‌شده', editedAt: '2026-11-24T10:05:00.000Z' })
    const afterEdit = mergeMessages([message(1)], [edited])
    expect(afterEdit[0]?.content).toBe('ویرایش‌شده')
    expect(mergeMessages(afterEdit, [message(1)])[0]?.content).toBe('ویرایش‌شده')
  })

  it('tells a following message from one that leaves a gap', () => {
    const held = [message(1), message(2)]
    expect(newestSeq(held)).toBe(2)
    expect(newestSeq([])).toBe(0)
    expect(leavesGap(held, message(3))).toBe(false)
    expect(leavesGap(held, message(5))).toBe(true)
    expect(leavesGap([], message(5))).toBe(false)
  })
})
