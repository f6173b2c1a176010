import type { VerificationBody } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import { queueNotification } from '../../jobs/notification-event.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { writeReview } from './clinician.repository.ts'
import { findProfileWithUser } from './professional.repository.ts'
import { getProfessional } from './professional.service.ts'
import { forgetSchedule } from './schedule.service.ts'

export interface VerificationDeps {
  db: Db
  jobs: JobQueue | undefined
}

/**
 * A verifier approves a psychologist's profile, or sends it back with a reason. The flag, the
 * reason and the audit row (before, after, IP) are one transaction; once it has committed the
 * psychologist is told through the notifications module, the reason included, and sees the
 * reason in their practice profile until the next review.
 */
export async function reviewVerification(
  deps: VerificationDeps,
  actor: AuthContext,
  target: { psychologistId: string; body: VerificationBody; meta: RequestMeta },
) {
  const { psychologistId, body, meta } = target
  const reason = body.isVerified ? null : (body.reason ?? null)
  const reviewed = await deps.db.transaction(async (tx) => {
    const found = await findProfileWithUser(tx, psychologistId)
    if (!found?.profile || found.userType !== 'psychologist') {
      throw new AppError('NOT_FOUND', 'professional')
    }
    const row = await writeReview(tx, psychologistId, {
      isVerified: body.isVerified,
      reason,
      by: actor.userId,
    })
    if (!row?.reviewedAt) throw new AppError('NOT_FOUND', 'professional')
    const was = found.profile
    await recordAudit(tx, {
      userId: actor.userId,
      action: body.isVerified ? 'professional.verify' : 'professional.unverify',
      resource: 'psychologist_profile',
      resourceId: psychologistId,
      changes: {
        before: { isVerified: was.isVerified, rejectionReason: was.rejectionReason },
        after: { isVerified: row.isVerified, rejectionReason: row.rejectionReason },
      },
      ip: meta.ip,
      userAgent: meta.userAgent,
    })
    return row.reviewedAt
  })
  forgetSchedule(psychologistId)
  if (deps.jobs) {
    await queueNotification(deps.jobs, {
      // One notice per review, however often the job runs.
      eventKey: `profile:${psychologistId}:review:${reviewed.getTime()}`,
      recipientId: psychologistId,
      category: 'profile_review',
      templateKey: body.isVerified ? 'profile.verified' : 'profile.changes_requested',
      params: reason ? { reason } : {},
      link: '/practice',
    })
  }
  return getProfessional(deps.db, psychologistId, actor)
}
