import type { SafetyPlan, SafetyPlanSections } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { treatingPsychologistsOf } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { findPlanRow, upsertPlan } from './safety-plan.repository.ts'

const EMPTY: SafetyPlanSections = {
  warningSigns: [],
  copingStrategies: [],
  peopleAndPlaces: [],
  peopleToAsk: [],
  professionals: [],
  safeEnvironment: [],
  reasonsToLive: [],
}

async function planOf(db: Db, patientId: string): Promise<SafetyPlan> {
  const row = await findPlanRow(db, patientId)
  if (!row) return { patientId, sections: EMPTY, updatedAt: null, updatedBy: null }
  return {
    patientId,
    sections: { ...EMPTY, ...row.sections },
    updatedAt: row.updated_at,
    updatedBy: row.updated_by ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
  }
}

/**
 * The plan is the patient's, written with their psychologist: the patient and the psychologists
 * treating them read and write it; on-call staff read it while they help (audited). The plan's
 * words are not run through detection: its warning signs name the risk on purpose.
 */
async function requirePlanAccess(db: Db, auth: AuthContext, patientId: string, write: boolean) {
  if (auth.userId === patientId) return
  const treating =
    auth.userType === 'psychologist' &&
    (await treatingPsychologistsOf(db, patientId)).includes(auth.userId)
  const responder = !write && auth.permissions.has('safety.respond')
  if (!treating && !responder) throw new AppError('NOT_FOUND', 'no such patient for this user')
}

async function patientExists(db: Db, patientId: string) {
  const rows = await queryRows(db, sql`SELECT 1 FROM users WHERE id = ${patientId}`)
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'no such patient for this user')
}

export async function readPlan(db: Db, auth: AuthContext, patientId: string) {
  await requirePlanAccess(db, auth, patientId, false)
  if (auth.userId !== patientId) {
    await recordAudit(db, {
      userId: auth.userId,
      action: 'safety.plan.view',
      resource: 'safety_plan',
      resourceId: patientId,
    })
  }
  return planOf(db, patientId)
}

export async function writePlan(
  db: Db,
  auth: AuthContext,
  patientId: string,
  sections: SafetyPlanSections,
): Promise<SafetyPlan> {
  await requirePlanAccess(db, auth, patientId, true)
  await patientExists(db, patientId)
  await upsertPlan(db, { patientId, sections, updatedBy: auth.userId })
  await recordAudit(db, {
    userId: auth.userId,
    action: 'safety.plan.update',
    resource: 'safety_plan',
    resourceId: patientId,
  })
  return planOf(db, patientId)
}
