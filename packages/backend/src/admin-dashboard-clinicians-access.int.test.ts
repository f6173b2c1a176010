import type { PermissionName } from '@yektayar/shared'
import { PERMISSIONS } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../test/auth-fixtures.ts'
import { createPsychologist, type TestPsychologist } from '../test/care-fixtures.ts'
import { addDepartmentStaff } from '../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'

/**
 * Issue 20's access matrix for the dashboard, the clinicians' verification and listings, and
 * the department inboxes: each endpoint × patient, psychologist, reception staff, an admin
 * holding every permission but the one it needs, and an admin holding it. Only the last gets
 * a 2xx.
 */
let t: TestApp
let candidate: TestPsychologist
let staffMember: SignedInUser

interface Endpoint {
  method: 'GET' | 'PUT' | 'PATCH' | 'DELETE'
  url: () => string
  payload?: object
  permission: PermissionName
}

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: () => '/admin/dashboard', permission: 'reports.read' },
  { method: 'GET', url: () => '/admin/clinicians', permission: 'professionals.verify' },
  {
    method: 'GET',
    url: () => `/admin/clinicians/${candidate.id}`,
    permission: 'professionals.verify',
  },
  {
    method: 'GET',
    url: () => `/admin/clinicians/${candidate.id}/documents`,
    permission: 'professionals.verify',
  },
  {
    method: 'PATCH',
    url: () => `/admin/clinicians/${candidate.id}/listing`,
    payload: { bioFa: 'بیوگرافی ویرایش‌شده' },
    permission: 'professionals.verify',
  },
  {
    method: 'PUT',
    url: () => `/professionals/${candidate.id}/verification`,
    payload: { isVerified: false, reason: 'شمارهٔ پروانه با مدرک نمی‌خواند' },
    permission: 'professionals.verify',
  },
  { method: 'GET', url: () => '/admin/department-inboxes', permission: 'threads.manage' },
  { method: 'GET', url: () => '/departments/technical/staff', permission: 'threads.manage' },
  {
    method: 'PUT',
    url: () => `/departments/technical/staff/${staffMember.id}`,
    permission: 'threads.manage',
  },
  {
    method: 'DELETE',
    url: () => `/departments/technical/staff/${staffMember.id}`,
    permission: 'threads.manage',
  },
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
  candidate = await createPsychologist(t, { verified: false })
  staffMember = await createSignedInUser(t, 'psychologist')
})
afterAll(() => t.close())

describe('admin dashboard, clinicians and inboxes: who may call what', () => {
  it('answers 2xx only to an admin holding the named permission', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const psychologist = await createSignedInUser(t, 'psychologist')
    const reception = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'reception', reception.id)
    const withAll = await createSignedInUser(t, 'admin')
    const refused: Record<string, SignedInUser> = { patient, psychologist, reception }

    const answers: string[] = []
    for (const endpoint of ENDPOINTS) {
      const callers = { ...refused, adminWithout: await adminWithout(endpoint.permission) }
      for (const [who, user] of Object.entries({ ...callers, anonymous: undefined })) {
        const response = await t.app.inject({
          method: endpoint.method,
          url: `/api/v1${endpoint.url()}`,
          ...(user ? { headers: user.headers } : {}),
          ...(endpoint.payload ? { payload: endpoint.payload } : {}),
        })
        answers.push(`${endpoint.method} ${endpoint.url()} ${who} ${response.statusCode}`)
      }
      const allowed = await t.app.inject({
        method: endpoint.method,
        url: `/api/v1${endpoint.url()}`,
        headers: withAll.headers,
        ...(endpoint.payload ? { payload: endpoint.payload } : {}),
      })
      expect(allowed.statusCode, `${endpoint.method} ${endpoint.url()}`).toBeLessThan(300)
    }
    const expected = ENDPOINTS.flatMap((endpoint) =>
      ['patient', 'psychologist', 'reception', 'adminWithout', 'anonymous'].map(
        (who) => `${endpoint.method} ${endpoint.url()} ${who} ${who === 'anonymous' ? 401 : 403}`,
      ),
    )
    expect(answers).toEqual(expected)
    // Refused writes left nothing behind: each change audited once, by the permitted admin.
    const audited = await t.database.query<{ action: string; user_id: string }>(
      `SELECT action, user_id FROM audit_logs WHERE action IN ('professional.listing.update',
         'professional.unverify', 'department.staff.add', 'department.staff.remove')
       ORDER BY created_at`,
    )
    expect(audited).toEqual(
      [
        'professional.listing.update',
        'professional.unverify',
        'department.staff.add',
        'department.staff.remove',
      ].map((action) => ({ action, user_id: withAll.id })),
    )
  })
})
