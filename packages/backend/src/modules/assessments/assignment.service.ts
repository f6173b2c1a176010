import type { AssessmentAssignment, AssignmentList, CreateAssignmentBody } from '@yektayar/shared'
import { queueNotification } from '../../jobs/notification-event.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { briefOf } from './assessment-views.ts'
import {
  type AssignmentRow,
  cancelAssignment,
  listAssignmentRowsBetween,
  upsertAssignment,
} from './assignment.repository.ts'
import { requireTreating } from './care.service.ts'
import { requireInstrument } from './catalogue.service.ts'
import { findInstruments, type InstrumentRow } from './instrument.repository.ts'

function assignmentOf(row: AssignmentRow, instrument: InstrumentRow): AssessmentAssignment {
  return {
    id: row.id,
    assessment: briefOf(instrument),
    recurrence: row.recurrence,
    note: row.note,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    pending: row.pending,
    dueAt: row.due_at,
  }
}

async function listBetween(deps: AssessmentDeps, patientId: string, psychologistId: string) {
  const rows = await listAssignmentRowsBetween(deps.db, { patientId, psychologistId })
  const instruments = await findInstruments(deps.db, [...new Set(rows.map((r) => r.assessment_id))])
  return rows.flatMap((row) => {
    const instrument = instruments.find((i) => i.id === row.assessment_id)
    return instrument ? [assignmentOf(row, instrument)] : []
  })
}

/**
 * A psychologist asks their own patient to take an instrument, once or before every session;
 * asking again for an open one updates it (`created: false`). The patient is told in-app (and
 * by the channels they chose) that there is something to fill in, never what it is about.
 */
export async function assignAssessment(
  deps: AssessmentDeps,
  auth: AuthContext,
  patientId: string,
  body: CreateAssignmentBody,
): Promise<{ assignment: AssessmentAssignment; created: boolean }> {
  await requireTreating(deps, auth, patientId)
  const instrument = await requireInstrument(deps, body.assessmentId)
  const saved = await upsertAssignment(deps.db, {
    assessmentId: instrument.id,
    patientId,
    psychologistId: auth.userId,
    recurrence: body.recurrence,
    note: body.note || null,
  })
  if (saved.created && deps.jobs) {
    await queueNotification(deps.jobs, {
      eventKey: `assessment_assignment:${saved.id}`,
      recipientId: patientId,
      category: 'assessment_assigned',
      templateKey: 'assessment.assigned',
      params: { assignmentId: saved.id },
      link: `/assessments/${instrument.slug}`,
    }).catch((error: unknown) => deps.log.error({ err: error }, 'assignment notice not queued'))
  }
  const assignment = (await listBetween(deps, patientId, auth.userId)).find(
    (a) => a.id === saved.id,
  )
  if (!assignment) throw new Error('a saved assignment is not listed')
  return { assignment, created: saved.created }
}

/** What I asked of my patient, newest first. */
export async function listAssignments(
  deps: AssessmentDeps,
  auth: AuthContext,
  patientId: string,
): Promise<AssignmentList> {
  await requireTreating(deps, auth, patientId)
  return { items: await listBetween(deps, patientId, auth.userId) }
}

/** Takes back an open assignment of mine; anyone else's answers like a missing one. */
export async function withdrawAssignment(deps: AssessmentDeps, auth: AuthContext, id: string) {
  if (!(await cancelAssignment(deps.db, id, auth.userId))) {
    throw new AppError('NOT_FOUND', 'no such open assignment')
  }
}
