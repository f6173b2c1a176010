import { parseIdentifier } from '@yektayar/shared'
import { ConfigError } from './config/config.ts'
import type { Db } from './db/database.ts'
import { recordAudit } from './modules/audit/audit.service.ts'
import { addMemberByGroupName } from './modules/rbac/rbac.repository.ts'
import { findAccount } from './modules/users/accounts.service.ts'

export const ADMIN_GROUP = 'admins'

/**
 * Puts the account owning `identifier` (a phone or email it has signed in with) in the admins
 * group, audited as done by the command, not by a person in the app. The account must exist:
 * the first admin signs in once as anyone does, then an operator runs `npm run admin:create`.
 */
export async function grantAdmin(db: Db, identifier: string): Promise<{ userId: string }> {
  const parsed = parseIdentifier(identifier)
  if (!parsed) throw new ConfigError(`"${identifier}" is not a mobile number or email`)
  const account = await findAccount(db, parsed)
  if (!account) {
    throw new ConfigError(`no account signs in with ${parsed.value}; sign in once first`)
  }
  await db.transaction(async (tx) => {
    await addMemberByGroupName(tx, account.id, ADMIN_GROUP)
    await recordAudit(tx, {
      userId: null,
      action: 'rbac.member_added',
      resource: 'user',
      resourceId: account.id,
      changes: { group: ADMIN_GROUP, via: 'npm run admin:create' },
    })
  })
  return { userId: account.id }
}
