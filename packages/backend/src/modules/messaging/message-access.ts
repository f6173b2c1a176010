import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findMessageOrigin } from './message.repository.ts'
import { findMessageThreadAccess } from './thread.repository.ts'
import { accessOf, requireThreadAccess } from './thread-access.ts'

/**
 * For files: whoever may read a message's thread right now may read what hangs off the message
 * (its attachments). A removed member fails here like a stranger: NOT_FOUND.
 */
export async function requireMessageReadable(
  db: Db,
  messageId: string,
  auth: AuthContext,
): Promise<void> {
  const row = await findMessageThreadAccess(db, messageId, auth.userId)
  if (!row || !accessOf(row, auth).canRead) throw new AppError('NOT_FOUND', 'no such message')
}

/** For files: a message this user wrote, in a thread they may still read. */
export async function requireOwnMessage(
  db: Db,
  messageId: string,
  auth: AuthContext,
): Promise<void> {
  const origin = await findMessageOrigin(db, messageId)
  if (!origin || origin.is_system || origin.sender_id !== auth.userId) {
    throw new AppError('NOT_FOUND', 'no such message of this user')
  }
  await requireThreadAccess(db, origin.thread_id, auth)
}
