import type {
  AppointmentActor,
  AppointmentStatus,
  AppointmentView,
  SessionMode,
} from '@yektayar/shared'
import {
  avatarUrlOf,
  discreetNameOf,
  isDiscreet,
  personNameOf,
} from '../professionals/person-name.ts'
import type { AppointmentRow } from './appointment.repository.ts'

/** Both sides see an online session's link from this long before it starts until it ends. */
export const JOIN_OPENS_MINUTES = 10

type People = Map<string, { profile: unknown; preferences?: unknown }>

export function appointmentView(row: AppointmentRow, people: People, now: Date): AppointmentView {
  const joinOpensAt = joinOpensAtOf(row)
  const joinable =
    joinOpensAt !== null && now >= joinOpensAt && now < row.endsAt && row.status === 'confirmed'
  return {
    id: row.id,
    status: row.status as AppointmentStatus,
    patient: patientOf(row.patientId, people),
    psychologist: personOf(row.psychologistId, people),
    sessionTypeId: row.sessionTypeId,
    mode: row.mode as SessionMode | null,
    startsAt: row.scheduledAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    durationMinutes: row.durationMinutes ?? 60,
    priceIrr: row.priceIrr,
    holdExpiresAt: row.status === 'pending' ? (row.holdExpiresAt?.toISOString() ?? null) : null,
    joinUrl: joinable ? row.joinUrl : null,
    joinOpensAt: joinOpensAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
    cancelledBy: row.cancelledByRole as AppointmentActor | null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    outcomeRecordedAt: row.outcomeRecordedAt?.toISOString() ?? null,
    createdAt: (row.createdAt ?? row.scheduledAt).toISOString(),
  }
}

function joinOpensAtOf(row: AppointmentRow): Date | null {
  if (!row.joinUrl || row.status !== 'confirmed') return null
  return new Date(row.scheduledAt.getTime() - JOIN_OPENS_MINUTES * 60_000)
}

function personOf(id: string | null, people: People) {
  const person = id ? people.get(id) : undefined
  return {
    id: id ?? '',
    name: personNameOf(person?.profile),
    avatarUrl: avatarUrlOf(person?.profile),
  }
}

/** A patient in discreet mode is shown by their nickname, in both languages, and no photo. */
export function patientOf(id: string | null, people: People) {
  const person = id ? people.get(id) : undefined
  const shown = personOf(id, people)
  if (!isDiscreet(person?.preferences)) return shown
  const nickname = discreetNameOf(person?.profile, person?.preferences)
  const name = nickname === null ? shown.name : { fa: nickname, en: nickname }
  return { ...shown, name, avatarUrl: null }
}
