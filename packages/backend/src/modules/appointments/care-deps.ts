import type { CareConfig } from '../../config/care-config.ts'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'

/** What the appointment services need from the app; tests build it the same way. */
export interface CareDeps {
  db: Db
  jobs: JobQueue | undefined
  care: CareConfig
  log: { error(details: object, message: string): void }
}
