import { SAFETY_ALERT_EVENT } from '@yektayar/shared'
import { queueNotification } from '../../jobs/notification-event.ts'
import { userRoom } from '../../realtime/socket-auth.ts'
import { treatingPsychologistsOf } from '../appointments/appointment.service.ts'
import { findAlert } from './alert.repository.ts'
import { alertOf } from './alert-view.ts'
import { listActiveAdminIds, listResponderIds, listRota } from './on-call.repository.ts'
import type { SafetyDeps } from './safety-deps.ts'

/**
 * Who is paged at a tier. Tier 0: the first on the rota (everyone who holds safety.respond when
 * there is no rota) and the psychologists treating the patient. Each escalation: the next on the
 * rota and every admin, so an alert never waits on one unanswered phone.
 */
export async function pagedAt(
  deps: SafetyDeps,
  patientId: string,
  tier: number,
): Promise<string[]> {
  const rota = (await listRota(deps.db)).map((person) => person.id)
  const people =
    tier === 0
      ? [
          ...(rota.length ? rota.slice(0, 1) : await listResponderIds(deps.db)),
          ...(await treatingPsychologistsOf(deps.db, patientId)),
        ]
      : [...rota.slice(tier, tier + 1), ...(await listActiveAdminIds(deps.db))]
  return [...new Set(people)].filter((id) => id !== patientId)
}

/**
 * Pages each person in-app and by SMS (push where they have it) through the notifications
 * module: the safety_alert category bypasses quiet hours and every switch, and names neither the
 * person nor the risk outside the app. One notice per alert, tier and person, however often
 * this runs.
 */
export async function pageTier(deps: SafetyDeps, alertId: string, patientId: string, tier: number) {
  const jobs = deps.jobs
  if (!jobs) return []
  const people = await pagedAt(deps, patientId, tier)
  for (const recipientId of people) {
    await queueNotification(jobs, {
      eventKey: `safety:${alertId}:tier:${tier}`,
      recipientId,
      category: 'safety_alert',
      templateKey: 'safety_alert',
      params: {},
      link: `/safety/${alertId}`,
    })
  }
  return people
}

/**
 * The alert as it now stands, to everyone who works the queue and to the treating
 * psychologists, live (the queue and the agenda update without a reload). Sent on every change.
 */
export async function broadcastAlert(deps: SafetyDeps, alertId: string): Promise<void> {
  const row = await findAlert(deps.db, alertId)
  if (!row) return
  const watchers = new Set([
    ...(await listResponderIds(deps.db)),
    ...(await treatingPsychologistsOf(deps.db, row.patient_id)),
  ])
  watchers.delete(row.patient_id)
  if (watchers.size === 0) return
  deps.io.to([...watchers].map(userRoom)).emit(SAFETY_ALERT_EVENT, alertOf(row))
}
