import type { PermissionName, UserType } from '@yektayar/shared'

/** Who is making this request; set by the authenticate plugin, null when anonymous. */
export interface AuthContext {
  userId: string
  userType: UserType
  sessionId: string
  permissions: ReadonlySet<PermissionName | (string & {})>
}

export function isStaff(type: UserType): boolean {
  return type !== 'patient'
}
