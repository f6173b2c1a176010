import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { listResponderIds, listRota, replaceRota } from './on-call.repository.ts'

export async function readRota(db: Db) {
  return { responders: await listRota(db) }
}

/** The whole rota at once, in order; everyone on it must hold safety.respond. Audited. */
export async function setRota(db: Db, auth: AuthContext, userIds: string[]) {
  const unique = [...new Set(userIds)]
  const responders = new Set(await listResponderIds(db))
  const outsiders = unique.filter((id) => !responders.has(id))
  if (outsiders.length > 0) {
    throw new AppError('ON_CALL_NOT_RESPONDER', 'not a responder', {
      errors: outsiders.map((id) => ({ path: 'body.userIds', message: id })),
    })
  }
  await replaceRota(db, unique)
  await recordAudit(db, {
    userId: auth.userId,
    action: 'safety.on_call.set',
    resource: 'safety_on_call',
    changes: { userIds: unique },
  })
  return readRota(db)
}
