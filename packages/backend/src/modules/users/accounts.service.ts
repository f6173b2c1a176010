import type { Identifier, UserType } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import { joinDefaultGroup } from '../rbac/rbac.service.ts'
import {
  type AccountRow,
  findAccountById,
  findAccountByIdentifier,
  insertIdentifier,
  insertUser,
  setLastLogin,
  setPasswordHash,
} from './users.repository.ts'

/**
 * Accounts as the sign-in flows need them. The auth module calls these; it never reads the
 * users tables itself.
 */

export type Account = AccountRow

export function findAccount(db: Db, identifier: Identifier): Promise<Account | undefined> {
  return findAccountByIdentifier(db, identifier)
}

export function findAccountOf(db: Db, userId: string): Promise<Account | undefined> {
  return findAccountById(db, userId)
}

/**
 * A new patient owning `identifier` (already proven by a code), in the patients group, in one
 * transaction. Someone registering the same identifier at the same moment gets IDENTIFIER_TAKEN.
 */
export async function createPatientAccount(
  db: Db,
  input: { identifier: Identifier; profile?: Record<string, unknown>; passwordHash?: string },
): Promise<Account> {
  const type: UserType = 'patient'
  const id = await db.transaction(async (tx) => {
    const userId = await insertUser(tx, {
      type,
      profile: input.profile ?? {},
      passwordHash: input.passwordHash,
    })
    const added = await insertIdentifier(tx, {
      userId,
      identifier: input.identifier,
      isPrimary: true,
    })
    if (!added) throw new AppError('IDENTIFIER_TAKEN', 'identifier registered concurrently')
    await joinDefaultGroup(tx, userId, type)
    return userId
  })
  return { id, type, isActive: true, passwordHash: input.passwordHash ?? null }
}

export function recordSignIn(db: Db, userId: string): Promise<void> {
  return setLastLogin(db, userId)
}

export function storePasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  return setPasswordHash(db, userId, passwordHash)
}
