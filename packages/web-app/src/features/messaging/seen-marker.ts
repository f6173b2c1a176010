import type { ThreadDetails, ThreadReadEvent } from '@yektayar/shared/types'

/**
 * Up to which message the other side has read: my messages at or below it are "seen". In a
 * department thread the patient (its owner) and the staff are the two sides, so a colleague
 * reading is not the patient reading; in a direct thread it is the other person.
 */
export function seenSeqOf(thread: Pick<ThreadDetails, 'participants'>, myId: string): number {
  const me = thread.participants.find((person) => person.id === myId)
  const iAmOwner = me?.role === 'owner'
  let seen = 0
  for (const person of thread.participants) {
    if (person.id === myId) continue
    const otherSide = person.role === 'owner' ? !iAmOwner : iAmOwner || person.role === 'member'
    if (otherSide) seen = Math.max(seen, person.lastReadSeq)
  }
  return seen
}

/** A thread's details after someone's read marker moved (never back: events may cross). */
export function withReadMarker(thread: ThreadDetails, event: ThreadReadEvent): ThreadDetails {
  return {
    ...thread,
    participants: thread.participants.map((person) =>
      person.id === event.userId && event.lastReadSeq > person.lastReadSeq
        ? { ...person, lastReadSeq: event.lastReadSeq, lastReadAt: event.lastReadAt }
        : person,
    ),
  }
}
