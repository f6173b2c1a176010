import type { ThreadMessage } from '@yektayar/shared/types'

/**
 * What the conversation keeps of a thread's messages: a window of consecutive messages, oldest
 * first, and where to ask for older ones. Live events, catch-up pages and older pages all go
 * through mergeMessages, so a message arriving twice (event and catch-up, recovery replay) is
 * shown once, and an edit replaces what it edits.
 */
export interface MessageWindow {
  items: ThreadMessage[]
  /** `before` for the next older page; null once the first message is loaded. */
  olderCursor: number | null
}

export function mergeMessages(
  current: ThreadMessage[],
  incoming: ThreadMessage[],
): ThreadMessage[] {
  if (incoming.length === 0) return current
  const byId = new Map(current.map((message) => [message.id, message]))
  let changed = false
  for (const message of incoming) {
    const known = byId.get(message.id)
    // The same message again (event and catch-up, a recovery replay), or an older copy of an
    // edited one: what is held stays. ISO times of one server compare as text.
    if (known && (message.editedAt ?? '') <= (known.editedAt ?? '')) continue
    byId.set(message.id, message)
    changed = true
  }
  if (!changed) return current
  return [...byId.values()].sort((a, b) => a.seq - b.seq)
}

/** The newest position held, from which "messages since" asks; 0 when empty. */
export function newestSeq(items: ThreadMessage[]): number {
  return items.at(-1)?.seq ?? 0
}

/**
 * True when `message` does not follow what is held: something in between was missed (an event
 * lost while reconnecting) and a catch-up is due.
 */
export function leavesGap(items: ThreadMessage[], message: ThreadMessage): boolean {
  const newest = newestSeq(items)
  return items.length > 0 && message.seq > newest + 1
}
