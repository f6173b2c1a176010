import type { MessagingDeps } from './messaging-deps.ts'
import { evictFromThread } from './messaging-publisher.ts'
import { findUsersWithAccess } from './thread.repository.ts'
import { threadAccessLost } from './thread-access-lost.ts'

/**
 * After a change of who may read a thread (a participant removed, a thread moved to another
 * department): what was kept of any of them (files' download decisions) is dropped everywhere
 * first (one who can still read only has it recomputed), then whoever can no longer read the
 * thread leaves its room on every instance.
 */
export async function evictLostAccess(
  runtime: MessagingDeps,
  threadId: string,
  candidates: string[],
): Promise<string[]> {
  const unique = [...new Set(candidates)]
  await threadAccessLost(runtime.io, unique)
  const readers = new Set(await findUsersWithAccess(runtime.db, threadId, unique))
  const evicted = unique.filter((id) => !readers.has(id))
  evictFromThread(runtime.io, threadId, evicted)
  return evicted
}
