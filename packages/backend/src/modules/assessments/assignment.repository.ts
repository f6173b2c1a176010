import type { AssignmentRecurrence } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'

export interface AssignmentRow {
  id: string
  assessment_id: string
  patient_id: string
  psychologist_id: string
  psychologist_profile: unknown
  recurrence: AssignmentRecurrence
  note: string | null
  created_at: string
  completed_at: string | null
  pending: boolean
  due_at: string | null
}

/**
 * When an assignment waits for an answer. Once: until answered. Before every session: while a
 * confirmed session with its psychologist lies ahead and nothing was answered since the later
 * of the assignment and the start of their last session so far.
 */
const PENDING = sql.raw(`CASE
  WHEN a.cancelled_at IS NOT NULL OR a.completed_at IS NOT NULL THEN false
  WHEN a.recurrence = 'once' THEN true
  ELSE nxt.at IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM assessment_results r
    WHERE r.user_id = a.patient_id AND r.assessment_id = a.assessment_id
      AND r.completed_at > greatest(a.created_at, coalesce(prev.at, '-infinity'::timestamptz)))
  END`)

function select(where: ReturnType<typeof sql>) {
  return sql`SELECT a.id, a.assessment_id, a.patient_id, a.psychologist_id,
      p.profile AS psychologist_profile, a.recurrence, a.note,
      ${isoOf('a.created_at')} AS created_at, ${isoOf('a.completed_at')} AS completed_at,
      ${PENDING} AS pending,
      CASE WHEN a.recurrence = 'every_session' THEN ${isoOf('nxt.at')} END AS due_at
    FROM assessment_assignments a
    JOIN users p ON p.id = a.psychologist_id
    LEFT JOIN LATERAL (
      SELECT min(ap.scheduled_at) AS at FROM appointments ap
      WHERE ap.patient_id = a.patient_id AND ap.psychologist_id = a.psychologist_id
        AND ap.status = 'confirmed' AND ap.scheduled_at > now()) nxt ON true
    LEFT JOIN LATERAL (
      SELECT max(ap.scheduled_at) AS at FROM appointments ap
      WHERE ap.patient_id = a.patient_id AND ap.psychologist_id = a.psychologist_id
        AND ap.status IN ('confirmed', 'completed') AND ap.scheduled_at <= now()) prev ON true
    WHERE a.cancelled_at IS NULL AND ${where}
    ORDER BY a.created_at DESC, a.id DESC`
}

/** A patient's open assignments, with whether each waits for an answer now. */
export function listOpenAssignmentRows(db: Db, patientId: string) {
  return queryRows<AssignmentRow>(
    db,
    select(sql`a.patient_id = ${patientId}::uuid AND a.completed_at IS NULL`),
  )
}

/** What one psychologist asked of one patient, open or answered, newest first (at most 50). */
export function listAssignmentRowsBetween(
  db: Db,
  pair: { patientId: string; psychologistId: string },
) {
  return queryRows<AssignmentRow>(
    db,
    sql`${select(sql`a.patient_id = ${pair.patientId}::uuid AND a.psychologist_id = ${pair.psychologistId}::uuid`)} LIMIT 50`,
  )
}

/** One psychologist's open before-every-session requests of one patient, with their state. */
export function listEverySessionRowsBetween(
  db: Db,
  pair: { patientId: string; psychologistId: string },
) {
  return queryRows<AssignmentRow>(
    db,
    select(
      sql`a.patient_id = ${pair.patientId}::uuid AND a.psychologist_id = ${pair.psychologistId}::uuid
        AND a.recurrence = 'every_session' AND a.completed_at IS NULL`,
    ),
  )
}

/** Asks for an instrument, or refreshes the note of the same open request (`created: false`). */
export async function upsertAssignment(
  db: Db,
  values: {
    assessmentId: string
    patientId: string
    psychologistId: string
    recurrence: AssignmentRecurrence
    note: string | null
  },
) {
  const [row] = await queryRows<{ id: string; created: boolean }>(
    db,
    sql`INSERT INTO assessment_assignments (assessment_id, patient_id, psychologist_id, recurrence, note)
      VALUES (${values.assessmentId}::uuid, ${values.patientId}::uuid, ${values.psychologistId}::uuid,
        ${values.recurrence}, ${values.note})
      ON CONFLICT (assessment_id, patient_id, psychologist_id)
        WHERE completed_at IS NULL AND cancelled_at IS NULL
      DO UPDATE SET recurrence = EXCLUDED.recurrence, note = EXCLUDED.note
      RETURNING id, (xmax = 0) AS created`,
  )
  if (!row) throw new Error('assignment upsert returned no row')
  return row
}

/**
 * A submission answers the patient's pending requests for this instrument: one-off ones are
 * completed; every-session ones stay open. Answers the oldest one answered, to link the result.
 */
export async function answerAssignments(
  db: Db,
  input: { patientId: string; assessmentId: string },
): Promise<string | null> {
  // Most submissions answer no request: a plain index probe spares them the query below.
  const open = await queryRows(
    db,
    sql`SELECT 1 FROM assessment_assignments WHERE patient_id = ${input.patientId}::uuid
      AND assessment_id = ${input.assessmentId}::uuid
      AND completed_at IS NULL AND cancelled_at IS NULL LIMIT 1`,
  )
  if (open.length === 0) return null
  const pending = await queryRows<AssignmentRow>(
    db,
    select(
      sql`a.patient_id = ${input.patientId}::uuid AND a.assessment_id = ${input.assessmentId}::uuid AND a.completed_at IS NULL`,
    ),
  )
  const answered = pending.filter((row) => row.pending)
  const once = answered.filter((row) => row.recurrence === 'once').map((row) => row.id)
  if (once.length > 0) {
    await queryRows(
      db,
      sql`UPDATE assessment_assignments SET completed_at = now() WHERE id = ANY(${`{${once.join(',')}}`}::uuid[])`,
    )
  }
  return answered.at(-1)?.id ?? null
}

/** Cancels a psychologist's own open assignment; undefined when it is not theirs or not open. */
export async function cancelAssignment(db: Db, id: string, psychologistId: string) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`UPDATE assessment_assignments SET cancelled_at = now()
      WHERE id = ${id}::uuid AND psychologist_id = ${psychologistId}::uuid
        AND cancelled_at IS NULL AND completed_at IS NULL RETURNING id`,
  )
  return row
}
