import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectOnlyPermittedAdmins, type MatrixEndpoint } from '../test/access-matrix.ts'
import { createSignedInUser } from '../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'

/**
 * Issue 20's access matrix for the holiday calendar and the audit lookup: each endpoint ×
 * patient, psychologist, reception staff, an admin holding every permission but the one it
 * needs, and an admin holding it. Only the last gets a 2xx.
 */
let t: TestApp
let holidayId: string

const ENDPOINTS: MatrixEndpoint[] = [
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
    const withAll = await createSignedInUser(t, 'admin')
    await expectOnlyPermittedAdmins(t, ENDPOINTS, withAll)
    // Refused writes left nothing behind: one create, one import, each by the permitted admin.
    const audited = await t.database.query<{ user_id: string }>(
      "SELECT user_id FROM audit_logs WHERE action IN ('holiday.create', 'holiday.import')",
    )
    expect(audited).toEqual([{ user_id: withAll.id }, { user_id: withAll.id }])
  })
})
