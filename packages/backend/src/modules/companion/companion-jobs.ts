import type { JobQueue } from '../../jobs/job-queue.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { deleteExpired } from './conversation.repository.ts'

const RETENTION_JOB = 'companion.retention'
const RETENTION_DAYS = 30

/**
 * Conversations kept for 30 days lose each message 30 days after it was written, and go once
 * empty. Daily, on whichever instance runs jobs.
 */
export async function sweepCompanionRetention(deps: CompanionDeps, now = new Date()) {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 24 * 60 * 60 * 1000)
  const deleted = await deleteExpired(deps.db, cutoff)
  deps.log.info(deleted, 'companion retention sweep')
  return deleted
}

export async function registerCompanionJobs(deps: CompanionDeps, jobs: JobQueue | undefined) {
  if (!jobs) return
  await jobs.work(RETENTION_JOB, async () => {
    await sweepCompanionRetention(deps)
  })
  await jobs.boss.schedule(RETENTION_JOB, '17 3 * * *')
}
