import type { OnCallCandidates, OnCallRota } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  listCandidates,
  listResponderIds,
  listRota,
  listStoredRota,
  lockRota,
  replaceRota,
} from './on-call.repository.ts'
import type { SafetyDeps } from './safety-deps.ts'

/** The rota, with how long an alert waits before it reaches the next one (read now: dynamic). */
export async function readRota(deps: SafetyDeps): Promise<OnCallRota> {
  return {
    responders: await listRota(deps.db),
    escalateAfterSeconds: Math.round(deps.escalateAfterMs() / 1000),
  }
}

export async function readCandidates(deps: SafetyDeps): Promise<OnCallCandidates> {
  return { items: await listCandidates(deps.db) }
}

/**
 * The whole rota at once, in order; everyone on it must hold safety.respond. Checked, replaced
 * and audited with the rota before and after in one transaction, under a lock so that two
 * admins saving at once are recorded one after the other. Saving the same rota records nothing.
 */
export async function setRota(
  deps: SafetyDeps,
  auth: AuthContext,
  userIds: string[],
  meta: RequestMeta,
): Promise<OnCallRota> {
  const wanted = [...new Set(userIds)]
  await deps.db.transaction(async (tx) => {
    await lockRota(tx)
    const responders = new Set(await listResponderIds(tx))
    const outsiders = wanted.filter((id) => !responders.has(id))
    if (outsiders.length > 0) {
      throw new AppError('ON_CALL_NOT_RESPONDER', 'not a responder', {
        errors: outsiders.map((id) => ({ path: 'body.userIds', message: id })),
      })
    }
    const before = await listStoredRota(tx)
    if (before.map((person) => person.id).join() === wanted.join()) return
    await replaceRota(tx, wanted)
    await recordAudit(tx, {
      userId: auth.userId,
      action: 'safety.on_call.set',
      resource: 'safety_on_call',
      changes: { before, after: await listStoredRota(tx) },
      ip: meta.ip,
      userAgent: meta.userAgent,
    })
  })
  return readRota(deps)
}
