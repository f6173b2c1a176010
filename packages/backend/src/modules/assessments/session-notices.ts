import type { Db } from '../../db/database.ts'
import type { SessionAhead, SessionNotice } from '../appointments/appointment-hooks.ts'
import { listEverySessionRowsBetween } from './assignment.repository.ts'
import { findInstruments } from './instrument.repository.ts'

/**
 * Asked by each reminder of a confirmed session (appointments' noticesBeforeSession): the
 * questionnaires its psychologist asked for before every session that wait for an answer now,
 * i.e. none answered since the last session (assignment.repository's PENDING). The patient is
 * told once per session and questionnaire: the reminder job scopes the key to the session.
 */
export async function questionnairesDueBefore(
  db: Db,
  session: SessionAhead,
): Promise<SessionNotice[]> {
  const due = (await listEverySessionRowsBetween(db, session)).filter((row) => row.pending)
  if (due.length === 0) return []
  const instruments = await findInstruments(db, [...new Set(due.map((row) => row.assessment_id))])
  return due.flatMap((row) => {
    const instrument = instruments.find((i) => i.id === row.assessment_id)
    if (!instrument) return []
    return [
      {
        eventKey: `assessment:${row.id}`,
        category: 'assessment_assigned' as const,
        templateKey: 'assessment.before_session',
        params: { assignmentId: row.id, appointmentId: session.appointmentId },
        link: `/assessments/${instrument.slug}`,
      },
    ]
  })
}
