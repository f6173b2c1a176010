import type { ThreadDetails } from '@yektayar/shared/types'
import { describe, expect, it } from 'vitest'
import { seenSeqOf, withReadMarker } from './seen-marker.ts'

type Person = ThreadDetails['participants'][number]
const person = (id: string, role: Person['role'], lastReadSeq: number): Person => ({
  id,
  role,
  lastReadSeq,
  type: 'patient',
  displayName: id,
  avatarUrl: null,
  joinedAt: '2026-12-01T00:00:00.000Z',
  lastReadAt: null,
})

describe('seen', () => {
  it('is the other person’s read marker in a direct thread', () => {
    const thread = { participants: [person('me', 'member', 9), person('dr', 'member', 4)] }
    expect(seenSeqOf(thread, 'me')).toBe(4)
    expect(seenSeqOf(thread, 'dr')).toBe(9)
  })

  it('in a department thread: the patient sees staff reads; staff see only the patient’s', () => {
    const thread = {
      participants: [
        person('patient', 'owner', 3),
        person('a', 'admin', 7),
        person('b', 'admin', 5),
      ],
    }
    expect(seenSeqOf(thread, 'patient')).toBe(7)
    expect(seenSeqOf(thread, 'a')).toBe(3)
    expect(seenSeqOf(thread, 'staff-not-in-it')).toBe(3)
  })

  it('takes a live read marker forward only', () => {
    const thread = {
      participants: [person('me', 'member', 9), person('dr', 'member', 4)],
    } as ThreadDetails
    const at = '2026-12-06T04:00:00.000Z'
    const moved = withReadMarker(thread, {
      threadId: 't',
      userId: 'dr',
      lastReadSeq: 8,
      lastReadAt: at,
    })
    expect(seenSeqOf(moved, 'me')).toBe(8)
    const stale = withReadMarker(moved, {
      threadId: 't',
      userId: 'dr',
      lastReadSeq: 6,
      lastReadAt: at,
    })
    expect(seenSeqOf(stale, 'me')).toBe(8)
  })
})
