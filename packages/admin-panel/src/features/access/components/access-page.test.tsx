import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { AccessPage } from './access-page.tsx'

const PERSON = {
  id: '0b5c6a3e-1111-4222-8333-944455556666',
  type: 'patient',
  isActive: false,
  profile: { firstName: 'Shiva', lastName: 'Azmoon' },
  preferences: {},
  identifiers: [
    { id: 'i1', type: 'phone', value: '+989121234567', isVerified: true, isPrimary: true },
  ],
  hasPassword: false,
  totpEnabled: false,
  totpRequired: false,
  createdAt: '2026-11-01T08:00:00.000Z',
  lastLoginAt: null,
}
const group = (id: string, name: string, permissions: string[], isDefault = true) => ({
  id,
  name,
  description: null,
  isDefault,
  memberCount: 3,
  permissions,
  createdAt: '2026-01-01T00:00:00.000Z',
})
const GROUPS = [
  group('g-admins', 'admins', ['audit.read', 'rbac.manage']),
  group('g-patients', 'patients', ['appointments.read.own']),
  group('g-support', 'support', [], false),
]
const PERMISSIONS = ['appointments.read.own', 'audit.read', 'payments.manage', 'rbac.manage'].map(
  (name) => ({ name, description: `Can ${name}`, resource: name.split('.')[0], action: 'x' }),
)

type Answer = { status: number; body?: unknown }

function accessApi(extra: (call: FakeCall) => Answer | undefined = () => undefined) {
  // The admin holds everything but payments.manage.
  return fakeApi(
    ['rbac.manage', 'audit.read', 'appointments.read.own', 'users.read.any'],
    (call) => {
      const own = extra(call)
      if (own) return own
      if (call.path === '/api/v1/rbac/groups') return { status: 200, body: { items: GROUPS } }
      if (call.path === '/api/v1/rbac/permissions')
        return { status: 200, body: { items: PERMISSIONS } }
      if (call.path.startsWith('/api/v1/users?'))
        return { status: 200, body: { items: [PERSON], nextCursor: null } }
      if (call.path.endsWith('/permissions/appointments.read.own')) {
        return {
          status: 200,
          body: {
            userId: PERSON.id,
            permission: 'appointments.read.own',
            isActive: false,
            held: true,
            direct: false,
            groups: [{ id: 'g-patients', name: 'patients' }],
          },
        }
      }
      return { status: 204 }
    },
  )
}

describe('access', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('answers why a person can do something, naming the group', async () => {
    accessApi()
    renderPage('/access', AccessPage)
    await userEvent.type(
      await screen.findByLabelText('Find a person by name, phone or email'),
      '0912',
    )
    const results = await screen.findByRole('list', { name: 'Search results' })
    await userEvent.click(within(results).getByRole('button', { name: /Shiva Azmoon/ }))
    await userEvent.selectOptions(screen.getByLabelText('Permission'), 'appointments.read.own')
    expect(await screen.findByText('through the group “patients”')).toBeTruthy()
    expect(screen.getByText('Shiva Azmoon holds “appointments.read.own”:')).toBeTruthy()
    expect(screen.getByText('This account is inactive, so for now it can do nothing.')).toBeTruthy()
  })

  it('toggles a group grant from the matrix, and never offers what the admin lacks', async () => {
    const calls = accessApi()
    renderPage('/access', AccessPage)
    const tick = await screen.findByRole('checkbox', {
      name: '“audit.read” for the group “support”',
    })
    await userEvent.click(tick)
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.method === 'PUT' && c.path === '/api/v1/rbac/groups/g-support/permissions/audit.read',
        ),
      ).toBe(true),
    )
    const lacking = screen.getByRole('checkbox', {
      name: '“payments.manage” for the group “support”',
    })
    expect((lacking as HTMLInputElement).disabled).toBe(true)
  })

  it("shows the server's refusal, e.g. removing the last access manager", async () => {
    accessApi((call) =>
      call.method === 'DELETE'
        ? {
            status: 409,
            body: { type: 'x', title: 'x', status: 409, code: 'LAST_ACCESS_MANAGER' },
          }
        : undefined,
    )
    renderPage('/access', AccessPage)
    await userEvent.click(
      await screen.findByRole('checkbox', { name: '“audit.read” for the group “admins”' }),
    )
    expect(
      await screen.findByText('This change would leave nobody able to manage access.'),
    ).toBeTruthy()
  })

  it('shows the matrix in Persian', async () => {
    accessApi()
    await i18n.changeLanguage('fa')
    renderPage('/access', AccessPage)
    expect(await screen.findByRole('heading', { name: 'گروه‌ها × مجوزها' })).toBeTruthy()
  })
})
