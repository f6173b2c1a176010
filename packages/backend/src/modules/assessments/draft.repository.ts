import type { ItemAnswer } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { assessmentDrafts } from '../../db/schema/index.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'

export interface DraftRow {
  assessment_id: string
  answers: ItemAnswer[]
  position: number
  note: string | null
  updated_at: string
}

export function listDraftRows(db: Db, userId: string, assessmentId?: string) {
  const one = assessmentId ? sql`AND d.assessment_id = ${assessmentId}::uuid` : sql``
  return queryRows<DraftRow>(
    db,
    sql`SELECT d.assessment_id, d.answers, d.position, d.note,
        ${isoOf('d.updated_at')} AS updated_at
      FROM assessment_drafts d WHERE d.user_id = ${userId}::uuid ${one}`,
  )
}

export async function upsertDraft(
  db: Db,
  values: {
    userId: string
    assessmentId: string
    answers: ItemAnswer[]
    position: number
    note: string | null
  },
) {
  await db
    .insert(assessmentDrafts)
    .values(values)
    .onConflictDoUpdate({
      target: [assessmentDrafts.userId, assessmentDrafts.assessmentId],
      set: {
        answers: values.answers,
        position: values.position,
        note: values.note,
        updatedAt: sql`now()`,
      },
    })
}

export async function deleteDraft(db: Db, userId: string, assessmentId: string) {
  await queryRows(
    db,
    sql`DELETE FROM assessment_drafts
      WHERE user_id = ${userId}::uuid AND assessment_id = ${assessmentId}::uuid`,
  )
}
