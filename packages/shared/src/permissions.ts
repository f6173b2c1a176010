/**
 * Permission names, `<resource>.<action>[.<scope>]`. `.own` covers what the user takes part in;
 * `.any` covers everyone's. Routes declare what they need; the check fails closed.
 */
export const PERMISSIONS = {
  'users.read.own': 'Read and edit my own account',
  'users.read.any': 'Read any user account',
  'users.manage': 'Activate, deactivate and edit any user',
  'rbac.manage': 'Manage groups, members and permission grants',
  'audit.read': 'Read the audit log',
  'threads.read.own': 'Read and post in my threads',
  'threads.read.department': 'Read and answer threads of my department inbox',
  'threads.manage': 'Assign, transfer and close any thread',
  'appointments.read.own': 'Book and read my appointments',
  'appointments.read.any': 'Read any appointment',
  'appointments.manage': 'Change or cancel any appointment',
  'schedule.manage.own': 'Manage my own availability and profile as a psychologist',
  'professionals.verify': 'Set the verified flag of psychologist profiles',
  'notes.read.own': 'Write and read my own clinical notes',
  'notes.read.any': 'Read any clinical note (audited)',
  'payments.read.own': 'Pay and read my own payments',
  'payments.manage': 'Read all payments, settle refunds',
  'notifications.announce': 'Send announcements to everyone, patients, psychologists or staff',
  'notifications.manage': 'Read the notification delivery log and retry failed deliveries',
  // Checked by the routes of the courses (issue 17), assessments (issue 18) and admin-panel
  // configuration (issue 20) modules. Kept now because every boot upserts these names into the
  // permissions table and grants them to admins (seed/reference-data.ts) and nothing deletes
  // them: dropping one here would not drop it from a deployed database, only from the code.
  'safety.respond': 'Receive and work safety alerts (the on-call safety queue)',
  'safety.manage': 'Set the on-call rota for safety alerts',
  'courses.manage': 'Create and publish courses',
  'assessments.manage': 'Create and edit assessments',
  'config.manage': 'Change platform configuration',
  'reports.read': 'Read platform figures (counts only, never content)',
} as const

export type PermissionName = keyof typeof PERMISSIONS

export const USER_TYPES = ['patient', 'psychologist', 'admin'] as const
export type UserType = (typeof USER_TYPES)[number]

const PATIENT: PermissionName[] = [
  'users.read.own',
  'threads.read.own',
  'appointments.read.own',
  'payments.read.own',
]

const PSYCHOLOGIST: PermissionName[] = [
  ...PATIENT,
  'schedule.manage.own',
  'notes.read.own',
  'threads.read.department',
]

/** The default group of each user type and its grants, kept in sync at every boot. */
export const DEFAULT_GROUPS: Record<UserType, { name: string; permissions: PermissionName[] }> = {
  patient: { name: 'patients', permissions: PATIENT },
  psychologist: { name: 'psychologists', permissions: PSYCHOLOGIST },
  admin: { name: 'admins', permissions: Object.keys(PERMISSIONS) as PermissionName[] },
}
