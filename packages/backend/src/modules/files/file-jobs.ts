import type { JobQueue } from '../../jobs/job-queue.ts'
import type { FileDeps } from './file-deps.ts'
import { sweepUnusedFiles } from './file-sweep.ts'

const FILE_SWEEP_JOB = 'files.sweep'

/** Every quarter of an hour, on whichever instance runs jobs: unused uploads go. */
export async function registerFileJobs(deps: FileDeps, jobs: JobQueue | undefined): Promise<void> {
  if (!jobs) return
  await jobs.work(FILE_SWEEP_JOB, async () => {
    await sweepUnusedFiles(deps)
  })
  await jobs.boss.schedule(FILE_SWEEP_JOB, '*/15 * * * *')
}
