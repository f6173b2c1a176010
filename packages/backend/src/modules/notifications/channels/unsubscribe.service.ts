import type { NotificationCategory } from '@yektayar/shared'
import type { Db } from '../../../db/database.ts'
import { AppError } from '../../../lib/app-error.ts'
import { setChannelSwitch } from './notification-preference-switch.repository.ts'
import { readUnsubscribeToken, type UnsubscribeGrant } from './unsubscribe-token.ts'

/** The grant of a link's token, or 400 UNSUBSCRIBE_TOKEN_INVALID. */
export function unsubscribeGrantOf(secret: string, token: string): UnsubscribeGrant {
  const grant = readUnsubscribeToken(secret, token)
  if (!grant) throw new AppError('UNSUBSCRIBE_TOKEN_INVALID', 'bad unsubscribe token')
  return grant
}

/** Switches that category's email off for the link's owner; repeating it changes nothing. */
export async function unsubscribeByLink(
  db: Db,
  secret: string,
  token: string,
): Promise<NotificationCategory> {
  const grant = unsubscribeGrantOf(secret, token)
  await setChannelSwitch(db, grant.userId, grant.category, 'email', false)
  return grant.category
}
