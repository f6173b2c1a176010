import type { SafetyPlanSections } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'
import { displayNameOf } from '../users/display-name-sql.ts'

interface PlanRow {
  sections: Partial<SafetyPlanSections>
  updated_at: string
  updated_by: string | null
  updated_by_name: string | null
}

export async function findPlanRow(db: Db, patientId: string): Promise<PlanRow | undefined> {
  const [row] = await queryRows<PlanRow>(
    db,
    sql`SELECT p.sections, ${isoOf('p.updated_at')} AS updated_at, p.updated_by,
      ${displayNameOf('u')} AS updated_by_name
    FROM safety_plans p LEFT JOIN users u ON u.id = p.updated_by WHERE p.patient_id = ${patientId}`,
  )
  return row
}

export async function upsertPlan(
  db: Db,
  plan: { patientId: string; sections: SafetyPlanSections; updatedBy: string },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO safety_plans (patient_id, sections, updated_by, updated_at)
    VALUES (${plan.patientId}, ${JSON.stringify(plan.sections)}::jsonb, ${plan.updatedBy}, now())
    ON CONFLICT (patient_id) DO UPDATE SET sections = EXCLUDED.sections,
      updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`)
}
