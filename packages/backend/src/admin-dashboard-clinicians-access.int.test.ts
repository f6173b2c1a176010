import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MatrixEndpoint, runAccessMatrix } from '../test/access-matrix.ts'
import { createSignedInUser, type SignedInUser } from '../test/auth-fixtures.ts'
import { createPsychologist, type TestPsychologist } from '../test/care-fixtures.ts'
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

const ENDPOINTS: MatrixEndpoint[] = [
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

beforeAll(async () => {
  t = await createTestApp()
  candidate = await createPsychologist(t, { verified: false })
  staffMember = await createSignedInUser(t, 'psychologist')
})
afterAll(() => t.close())

describe('admin dashboard, clinicians and inboxes: who may call what', () => {
  it('answers 2xx only to an admin holding the named permission', async () => {
    const { answers, expected, withAll } = await runAccessMatrix(t, ENDPOINTS)
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
