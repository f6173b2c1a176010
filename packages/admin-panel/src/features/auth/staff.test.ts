import { DEFAULT_GROUPS, type SessionInfo } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import { isStaff, NOT_STAFF_PERMISSIONS } from './staff.ts'

const session = (type: SessionInfo['user']['type'], permissions: string[]): SessionInfo => ({
  user: { id: '00000000-0000-4000-8000-000000000001', type },
  session: { id: '00000000-0000-4000-8000-000000000002', expiresAt: null },
  permissions,
  totpSetupRequired: false,
})

describe('isStaff', () => {
  it('lets admins in, whatever their grants', () => {
    expect(isStaff(session('admin', []))).toBe(true)
  })

  it('keeps out patients and psychologists with only their default permissions', () => {
    expect(isStaff(session('patient', ['users.read.own', 'payments.read.own']))).toBe(false)
    const psychologist = ['schedule.manage.own', 'notes.read.own', 'threads.read.department']
    expect(isStaff(session('psychologist', psychologist))).toBe(false)
  })

  it('lets in anyone granted a staff permission', () => {
    expect(isStaff(session('psychologist', ['notes.read.own', 'threads.manage']))).toBe(true)
    expect(isStaff(session('patient', ['audit.read']))).toBe(true)
  })

  it('counts exactly the patient and psychologist default grants as not staff', () => {
    const defaults = [DEFAULT_GROUPS.patient, DEFAULT_GROUPS.psychologist]
    const expected = new Set(defaults.flatMap((group) => group.permissions))
    expect([...NOT_STAFF_PERMISSIONS].sort()).toEqual([...expected].sort())
  })
})
