import type { PermissionName, SessionInfo } from '@yektayar/shared'

/**
 * What patients and psychologists hold by default (their own account, threads, appointments,
 * payments, schedule and notes, and the web app's department inbox): DEFAULT_GROUPS in shared,
 * whose main entry would bring Zod into the panel's bundle, so staff.test.ts checks they agree.
 */
export const NOT_STAFF_PERMISSIONS: ReadonlySet<string> = new Set<PermissionName>([
  'users.read.own',
  'threads.read.own',
  'appointments.read.own',
  'payments.read.own',
  'schedule.manage.own',
  'notes.read.own',
  'threads.read.department',
])

/**
 * Staff may open the admin panel: admins, and anyone granted a permission beyond what patients
 * and psychologists hold by default (e.g. a support lead given `threads.manage`).
 */
export function isStaff(session: SessionInfo): boolean {
  return (
    session.user.type === 'admin' ||
    session.permissions.some((permission) => !NOT_STAFF_PERMISSIONS.has(permission))
  )
}
