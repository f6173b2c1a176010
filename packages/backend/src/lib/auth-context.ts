import { DEFAULT_GROUPS, type PermissionName, type UserType } from '@yektayar/shared'

/** Who is making this request; set by the authenticate plugin, null when anonymous. */
export interface AuthContext {
  userId: string
  userType: UserType
  sessionId: string
  permissions: ReadonlySet<PermissionName | (string & {})>
  /** The session's absolute end. */
  expiresAt?: Date
  /**
   * Staff whose TOTP is required but not yet enrolled: every route except sign-out, the session
   * and TOTP enrolment answers TOTP_SETUP_REQUIRED until they enrol.
   */
  totpSetupRequired?: boolean
}

export function isStaff(type: UserType): boolean {
  return type !== 'patient'
}

const PATIENT_PERMISSIONS: ReadonlySet<string> = new Set(DEFAULT_GROUPS.patient.permissions)

/**
 * Staff for the second-factor rule: a psychologist or admin, or anyone granted a permission a
 * patient does not have (a patient added to a staff group reads what staff read).
 */
export function holdsStaffPower(auth: Pick<AuthContext, 'userType' | 'permissions'>): boolean {
  if (isStaff(auth.userType)) return true
  for (const permission of auth.permissions) if (!PATIENT_PERMISSIONS.has(permission)) return true
  return false
}
