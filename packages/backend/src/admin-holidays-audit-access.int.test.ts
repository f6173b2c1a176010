import type { PermissionName } from '@yektayar/shared'
import { PERMISSIONS } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../test/auth-fixtures.ts'
import { addDepartmentStaff } from '../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'

/**
 * Issue 20's access matrix for the holiday calendar and the audit lookup: each endpoint ×
 * patient, psychologist, reception staff, an admin holding every permission but the one it
 * needs, and an admin holding it. Only the last gets a 2xx.
 */
let t: TestApp
let holidayId: string

interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: () => string
  payload?: object
  permission: PermissionName
}

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: () => '/admin/holidays?year=1405', permission: 'config.manage' },
  { method: 'GET', url: () => '/admin/holidays/years', permission: 'config.manage' },
  {
    method: 'POST',
    url: () => '/admin/holidays',
    payload: { date: '2028-03-21', nameFa: 'آزمون', nameEn: 'Matrix', calendar: 'solar' },
    permission: 'config.manage',
  },
  {
    method: 'PATCH',
    url: () => `/admin/holidays/${holidayId}`,
    payload: { isEstimated: true },
    permission: 'config.manage',
  },
  {
    method: 'POST',
    url: () => '/admin/holidays/import',
    payload: {
      year: 1409,
      format: 'json',
      text: JSON.stringify([{ date: '2030-03-21', nameFa: 'ن', nameEn: 'N', calendar: 'solar' }]),
    },
    permission: 'config.manage',
  },
  { method: 'DELETE', url: () => `/admin/holidays/${holidayId}`, permission: 'config.manage' },
  { method: 'GET', url: () => '/audit-logs', permission: 'audit.read' },
  { method: 'GET', url: () => '/audit-logs/facets', permission: 'audit.read' },
  {
    method: 'GET',
    url: () => '/audit-logs/export?action=holiday.create',
    permission: 'audit.read',
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
  const [row] = await t.database.query<{ id: string }>(
    `INSERT INTO holidays (holiday_date, solar_hijri_year, name_fa, name_en, calendar)
     VALUES ('2028-04-01', 1407, 'ردیف آزمون', 'Matrix row', 'solar') RETURNING id`,
  )
  holidayId = row?.id ?? ''
})
afterAll(() => t.close())

describe('admin holidays and audit: who may call what', () => {
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
    // Refused writes left nothing behind: one create, one import, each by the permitted admin.
    const audited = await t.database.query<{ user_id: string }>(
      "SELECT user_id FROM audit_logs WHERE action IN ('holiday.create', 'holiday.import')",
    )
    expect(audited).toEqual([{ user_id: withAll.id }, { user_id: withAll.id }])
  })
})
