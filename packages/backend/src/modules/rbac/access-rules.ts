import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import {
  findPermissionSources,
  lockAccessChanges,
  someActiveHolder,
} from './access-rules.repository.ts'

/** Whoever holds this manages access; the platform must never be left without one. */
export const ACCESS_MANAGER = 'rbac.manage'

/**
 * An admin grants only what they hold: no permission to a user or a group, and no membership
 * of a group carrying a permission they lack (that would hand it over all the same, to
 * themselves too when they are a member).
 */
export function requireHeld(actor: AuthContext, permissions: readonly string[]): void {
  const missing = permissions.filter((permission) => !actor.permissions.has(permission))
  if (missing.length > 0) throw new AppError('GRANT_NOT_HELD', `not held: ${missing.join(', ')}`)
}

/**
 * Runs an access change (a grant or membership removed, a group deleted, an account turned off)
 * in one transaction that refuses to commit when no active account would still hold
 * rbac.manage: the last admin cannot be removed by any path.
 */
export function keepingAccessManager<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockAccessChanges(tx)
    const result = await work(tx)
    if (!(await someActiveHolder(tx, ACCESS_MANAGER))) {
      throw new AppError('LAST_ACCESS_MANAGER', 'nobody would be left holding rbac.manage')
    }
    return result
  })
}

/** "Why can this person do X": the direct grant and the groups that give it, if any. */
export async function permissionSources(db: Db, userId: string, permission: string) {
  const sources = await findPermissionSources(db, userId, permission)
  if (!sources) throw new AppError('NOT_FOUND', 'no such user')
  return {
    userId,
    permission,
    ...sources,
    held: sources.direct || sources.groups.length > 0,
  }
}
