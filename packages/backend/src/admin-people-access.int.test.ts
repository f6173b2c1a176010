import type { PermissionName } from '@yektayar/shared'
import { PERMISSIONS } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../test/auth-fixtures.ts'
import { addDepartmentStaff } from '../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'

/**
 * Issue 20's access matrix for People (search, a person's page, activation, devices, TOTP) and
 * Access (groups, members, grants, "why can this person do X"): each endpoint × patient,
 * psychologist, reception staff, an admin holding every permission but the one it needs, and an
 * admin holding it. Only the last gets a 2xx.
 */
let t: TestApp
let target: SignedInUser
let groupId: string

interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: () => string
  payload?: object
  permission: PermissionName
  /** Someone else's account answers like a missing one to whoever may not read it. */
  refusal?: 404
}

const reason = { reason: 'Access matrix' }
const person = () => `/users/${target.id}`
const group = () => `/rbac/groups/${groupId}`

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: () => '/users?q=0912', permission: 'users.read.any' },
  { method: 'GET', url: person, permission: 'users.read.any', refusal: 404 },
  { method: 'GET', url: () => `${person()}/sessions`, permission: 'users.read.any' },
  { method: 'GET', url: () => `${person()}/groups`, permission: 'users.read.any' },
  {
    method: 'GET',
    url: () => `${person()}/appointment-summary`,
    permission: 'appointments.read.any',
  },
  { method: 'GET', url: () => `${person()}/payment-summary`, permission: 'payments.manage' },
  { method: 'GET', url: () => `/audit-logs?person=${target.id}`, permission: 'audit.read' },
  {
    method: 'DELETE',
    url: () => `${person()}/sessions/${target.sessionId}`,
    permission: 'users.manage',
  },
  { method: 'POST', url: () => `${person()}/sessions/revoke-all`, permission: 'users.manage' },
  {
    method: 'PUT',
    url: () => `${person()}/totp-requirement`,
    payload: { required: true },
    permission: 'users.manage',
  },
  { method: 'DELETE', url: () => `${person()}/totp`, permission: 'users.manage' },
  {
    method: 'POST',
    url: () => `${person()}/deactivate`,
    payload: reason,
    permission: 'users.manage',
  },
  {
    method: 'POST',
    url: () => `${person()}/activate`,
    payload: reason,
    permission: 'users.manage',
  },
  { method: 'GET', url: () => '/rbac/permissions', permission: 'rbac.manage' },
  { method: 'GET', url: () => '/rbac/groups', permission: 'rbac.manage' },
  {
    method: 'PATCH',
    url: group,
    payload: { description: 'Matrix' },
    permission: 'rbac.manage',
  },
  { method: 'PUT', url: () => `${group()}/members/${target.id}`, permission: 'rbac.manage' },
  { method: 'GET', url: () => `${group()}/members`, permission: 'rbac.manage' },
  { method: 'DELETE', url: () => `${group()}/members/${target.id}`, permission: 'rbac.manage' },
  { method: 'PUT', url: () => `${group()}/permissions/audit.read`, permission: 'rbac.manage' },
  { method: 'DELETE', url: () => `${group()}/permissions/audit.read`, permission: 'rbac.manage' },
  {
    method: 'PUT',
    url: () => `/rbac/users/${target.id}/permissions/reports.read`,
    permission: 'rbac.manage',
  },
  { method: 'GET', url: () => `/rbac/users/${target.id}`, permission: 'rbac.manage' },
  {
    method: 'GET',
    url: () => `/rbac/users/${target.id}/permissions/reports.read`,
    permission: 'rbac.manage',
  },
  {
    method: 'DELETE',
    url: () => `/rbac/users/${target.id}/permissions/reports.read`,
    permission: 'rbac.manage',
  },
  {
    method: 'POST',
    url: () => '/rbac/groups',
    payload: { name: 'matrix-made' },
    permission: 'rbac.manage',
  },
  { method: 'DELETE', url: group, permission: 'rbac.manage' },
]

/** An admin-type account holding every permission directly, except `missing`. */
async function adminWithout(missing: PermissionName): Promise<SignedInUser> {
  const user = await createSignedInUser(t, 'admin')
  await t.database.query('DELETE FROM user_group_members WHERE user_id = $1', [user.id])
  await t.database.query(
    `INSERT INTO user_permissions (user_id, permission_id)
     SELECT $1, id FROM permissions WHERE name <> $2 AND name = ANY($3)`,
    [user.id, missing, Object.keys(PERMISSIONS)],
  )
  return user
}

beforeAll(async () => {
  t = await createTestApp()
  target = await createSignedInUser(t, 'patient', { firstName: 'هدف' })
  const [row] = await t.database.query<{ id: string }>(
    "INSERT INTO user_groups (name) VALUES ('matrix-group') RETURNING id",
  )
  groupId = row?.id ?? ''
})
afterAll(() => t.close())

describe('admin people and access: who may call what', () => {
  it('answers 2xx only to an admin holding the named permission', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const psychologist = await createSignedInUser(t, 'psychologist')
    const reception = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'reception', reception.id)
    const withAll = await createSignedInUser(t, 'admin')
    const refused: Record<string, SignedInUser> = { patient, psychologist, reception }

    const answers: string[] = []
    const expected: string[] = []
    for (const endpoint of ENDPOINTS) {
      const callers = { ...refused, adminWithout: await adminWithout(endpoint.permission) }
      for (const [who, user] of Object.entries({ ...callers, anonymous: undefined })) {
        const response = await t.app.inject({
          method: endpoint.method,
          url: `/api/v1${endpoint.url()}`,
          ...(user ? { headers: user.headers } : {}),
          ...(endpoint.payload ? { payload: endpoint.payload } : {}),
        })
        const line = `${endpoint.method} ${endpoint.url()} ${who}`
        answers.push(`${line} ${response.statusCode}`)
        expected.push(`${line} ${user ? (endpoint.refusal ?? 403) : 401}`)
      }
      const allowed = await t.app.inject({
        method: endpoint.method,
        url: `/api/v1${endpoint.url()}`,
        headers: withAll.headers,
        ...(endpoint.payload ? { payload: endpoint.payload } : {}),
      })
      expect(allowed.statusCode, `${endpoint.method} ${endpoint.url()}`).toBeLessThan(300)
    }
    expect(answers).toEqual(expected)
    // Refused writes left nothing behind: every audited change is the permitted admin's.
    const actors = await t.database.query<{ user_id: string }>(
      `SELECT DISTINCT user_id FROM audit_logs
       WHERE action LIKE 'users.%' OR action LIKE 'rbac.%'`,
    )
    expect(actors).toEqual([{ user_id: withAll.id }])
  })
})
