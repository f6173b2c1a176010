import type { Redis } from 'ioredis'
import type { AuthContext } from '../../lib/auth-context.ts'
import { PersonPageCache } from '../../lib/person-page-cache.ts'
import type { FileRow } from './file.repository.ts'

/** An allowed download: the row as read, and what the reader was when it was allowed. */
interface Allowed {
  row: FileRow
  userType: string
  permissions: AuthContext['permissions']
}

function samePermissions(a: Allowed['permissions'], b: Allowed['permissions']): boolean {
  if (a === b) return true
  if (a.size !== b.size) return false
  for (const permission of a) if (!b.has(permission)) return false
  return true
}

/**
 * Who downloaded which file, allowed, for a few seconds (FILE_ACCESS_CACHE_SECONDS): a person
 * opening the same picture or PDF again (a thread re-rendered, a lightbox, a retried range)
 * costs no database round trip. Per person, then per file, on PersonPageCache, so the changes
 * that take access away drop it here at once and on every other instance through Redis:
 * - a person: removed from a thread or a department, or a thread moved away from their
 *   department (messaging's onThreadAccessLost, which files.plugin.ts hears);
 * - a file: deleted (the sweep, a document deleted) or its document link changed;
 * - permissions and the person's type: kept beside the decision and compared with the
 *   request's own, which the session cache already renews on every instance at once when a
 *   grant, group or account changes; a signed-out or deactivated person never gets this far.
 * Only decisions `mayKeep` allows are kept, and only allowed ones: a refusal is recomputed each
 * time, so a file just shared with someone (a new attachment, a new member) is theirs on the
 * very next request without every granting change having to drop refusals, and a guessed id
 * costs one indexed lookup either way.
 */
export class FileAccessCache {
  readonly #decisions: PersonPageCache<Allowed>

  constructor(options: { ttlMs: number; redis?: Redis; keyPrefix: string }) {
    this.#decisions = new PersonPageCache<Allowed>({
      name: 'file-access',
      ttlMs: options.ttlMs,
      redis: options.redis,
      keyPrefix: options.keyPrefix,
      // A row is about a kilobyte: tens of megabytes at most.
      maxEntries: 20_000,
    })
  }

  /** Pass it back to `keep`: a decision read before a drop of its person or file is not kept. */
  tick(): number {
    return this.#decisions.tick()
  }

  /** The file's row, when this person was allowed it moments ago and is still who they were. */
  get(auth: AuthContext, fileId: string): FileRow | undefined {
    const allowed = this.#decisions.get(auth.userId, fileId)
    if (!allowed) return undefined
    const same =
      allowed.userType === auth.userType && samePermissions(allowed.permissions, auth.permissions)
    return same ? allowed.row : undefined
  }

  keep(auth: AuthContext, row: FileRow, computedFrom: number): void {
    const allowed = { row, userType: auth.userType, permissions: auth.permissions }
    this.#decisions.set(auth.userId, allowed, computedFrom, row.id)
  }

  /** Settles once Redis has taken the drop for the other instances (at once without Redis). */
  forgetPeople(userIds: string[]): Promise<void> {
    return this.#decisions.invalidate(userIds)
  }

  forgetFiles(fileIds: string[]): Promise<void> {
    return this.#decisions.invalidateVariants(fileIds)
  }

  close(): void {
    this.#decisions.close()
  }
}
