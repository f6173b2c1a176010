import type { MessagingDeps } from './messaging-deps.ts'
import { evictFromThread } from './messaging-publisher.ts'
import { findUsersWithAccess } from './thread.repository.ts'

/**
 * After a change of who may read a thread (a participant removed, a thread moved to another
 * department): of these people, whoever can no longer read it leaves its room on every instance.
 */
export async function evictLostAccess(
  runtime: MessagingDeps,
  threadId: string,
  candidates: string[],
): Promise<string[]> {
  const unique = [...new Set(candidates)]
  const readers = new Set(await findUsersWithAccess(runtime.db, threadId, unique))
  const evicted = unique.filter((id) => !readers.has(id))
  evictFromThread(runtime.io, threadId, evicted)
  return evicted
}
