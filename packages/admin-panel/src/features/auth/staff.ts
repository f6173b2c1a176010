import { DEFAULT_GROUPS, type SessionInfo } from '@yektayar/shared'

// What every patient and psychologist holds by default: their own account, threads,
// appointments, payments, schedule and notes, and the department inbox of the web app.
const EVERYONES = new Set<string>([
  ...DEFAULT_GROUPS.patient.permissions,
  ...DEFAULT_GROUPS.psychologist.permissions,
])

/**
 * Staff may open the admin panel: admins, and anyone granted a permission beyond what patients
 * and psychologists hold by default (e.g. a support lead given `threads.manage`).
 */
export function isStaff(session: SessionInfo): boolean {
  return (
    session.user.type === 'admin' ||
    session.permissions.some((permission) => !EVERYONES.has(permission))
  )
}
