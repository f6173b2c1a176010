import type { SafeNowAnswer, SafetyDecision } from '@yektayar/shared'
import type { Locale } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { findActiveAlertOf, setAlertThread, setSafeNow } from './alert.repository.ts'
import { broadcastAlert } from './alert-paging.ts'
import { raiseAlert } from './alert-raise.ts'
import type { SafetyDeps } from './safety-deps.ts'
import { urgentThreadOpenerOf } from './urgent-thread-port.ts'

const UNSAFE: SafetyDecision = { level: 'crisis', reasons: ['self_report_unsafe'] }

/**
 * The crisis card's "are you safe right now?". "No" and "I'm not sure" are both a crisis: they
 * raise (or renew) the alert with the answer on it. "Yes" is written on the active alert, if
 * any, for the responder to read; it pages nobody and closes nothing.
 */
export async function answerSafeNow(
  deps: SafetyDeps,
  auth: AuthContext,
  answer: SafeNowAnswer,
): Promise<{ safety: SafetyDecision; alertId: string | null }> {
  const alertId =
    answer === 'yes'
      ? ((await findActiveAlertOf(deps.db, auth.userId))?.id ?? null)
      : ((await raiseAlert(deps, {
          patientId: auth.userId,
          source: 'check_in',
          sourceId: null,
          reasons: UNSAFE.reasons,
          text: null,
        })) ?? null)
  if (alertId) {
    await setSafeNow(deps.db, alertId, answer)
    await recordAudit(deps.db, {
      userId: auth.userId,
      action: 'safety.safe_now',
      resource: 'safety_alert',
      resourceId: alertId,
      changes: { answer },
    })
    await broadcastAlert(deps, alertId)
  }
  return { safety: answer === 'yes' ? { level: 'none', reasons: [] } : UNSAFE, alertId }
}

/**
 * "Talk to someone now": the patient's thread to the clinical department, opened once per alert
 * and put on the alert, so the responder who opens the alert lands in it. Asking again answers
 * the same thread.
 */
export async function talkNow(
  deps: SafetyDeps,
  auth: AuthContext,
  locale: Locale,
): Promise<{ threadId: string; alertId: string }> {
  const alertId = await raiseAlert(deps, {
    patientId: auth.userId,
    source: 'talk_now',
    sourceId: null,
    reasons: [],
    text: null,
  })
  if (!alertId) throw new Error('the patient asking to talk has no account')
  const active = await findActiveAlertOf(deps.db, auth.userId)
  if (active?.id === alertId && active.thread_id) return { threadId: active.thread_id, alertId }
  const threadId = await urgentThreadOpenerOf(deps.io)(auth, locale)
  await setAlertThread(deps.db, alertId, threadId)
  await broadcastAlert(deps, alertId)
  return { threadId, alertId }
}
