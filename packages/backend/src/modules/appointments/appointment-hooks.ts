import type { AppointmentActor } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import type { NotificationEvent } from '../../jobs/notification-event.ts'
import { createTransactionHook } from '../../lib/transaction-hook.ts'

export interface AppointmentCancelledEvent {
  appointmentId: string
  patientId: string | null
  psychologistId: string | null
  priceIrr: number
  cancelledBy: AppointmentActor
  /** A paid appointment cancelled inside the free window or by the clinic's side. */
  refundable: boolean
  /**
   * An admin's own choice of refund (0 for none), which replaces the policy's: payments refunds
   * exactly this, or refuses (and so rolls the cancel back) when it exceeds what is left.
   */
  chosenRefund?: {
    amountIrr: number
    note: string
    actorId: string
    ip?: string
    userAgent?: string
  }
}

/**
 * Runs in the cancelling transaction: payments creates a pending refund there, without this
 * module knowing about money movements.
 */
export const appointmentCancelled = createTransactionHook<AppointmentCancelledEvent>()

export interface CarePair {
  patientId: string
  psychologistId: string
}

/**
 * Runs in the confirming transaction when a patient and a psychologist have their first
 * confirmed appointment: messaging opens their direct thread there.
 */
export const firstAppointmentConfirmed = createTransactionHook<CarePair>()

/** A confirmed session whose reminder falls due: the patient is about to be reminded of it. */
export interface SessionAhead extends CarePair {
  appointmentId: string
  /** ISO start the reminder was planned for. */
  startsAt: string
}

/**
 * Something else the patient should have before this session. `eventKey` names it within the
 * session (`assessment:<id>`); the reminder job scopes it to the session and its start, so the
 * patient is told once per session, and a cancellation or a move withdraws it with the reminders.
 */
export type SessionNotice = Omit<NotificationEvent, 'recipientId'>

type SessionNoticeSource = (db: Db, session: SessionAhead) => Promise<SessionNotice[]>
const sessionNoticeSources = new Set<SessionNoticeSource>()

/**
 * Asked by every reminder of a confirmed session: assessments answers with the questionnaires
 * due before it, without this module knowing about questionnaires. A Set, as in
 * transaction-hook.ts, so every app built in one process registers each source once.
 */
export const noticesBeforeSession = {
  register(source: SessionNoticeSource): void {
    sessionNoticeSources.add(source)
  },
  async collect(db: Db, session: SessionAhead): Promise<SessionNotice[]> {
    const notices: SessionNotice[] = []
    for (const source of sessionNoticeSources) notices.push(...(await source(db, session)))
    return notices
  },
}
