import type { PermissionName, UserType } from '@yektayar/shared'

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
