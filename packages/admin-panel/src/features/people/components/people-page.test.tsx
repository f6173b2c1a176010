import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { PeoplePage } from './people-page.tsx'
import { PersonPage } from './person-page.tsx'

const ID = '0b5c6a3e-1111-4222-8333-944455556666'
const SHIVA = {
  id: ID,
  type: 'patient',
  isActive: true,
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
const ACCESS = {
  userId: ID,
  direct: [],
  groups: [{ id: 'g1', name: 'patients' }],
  effective: ['users.read.own'],
}
const DEVICES = {
  items: [
    {
      id: 's1',
      current: false,
      createdAt: '2026-11-01T08:00:00.000Z',
      lastActivityAt: '2026-11-02T08:00:00.000Z',
      expiresAt: '2027-01-01T08:00:00.000Z',
      ip: '10.0.0.7',
      userAgent: 'Firefox on Linux',
    },
  ],
}
const TRAIL = {
  items: [
    {
      id: 'a1',
      userId: 'admin',
      actorName: 'Admin One',
      action: 'users.deactivated',
      resource: 'user',
      resourceId: ID,
      changes: { reason: 'Duplicate', before: { isActive: true }, after: { isActive: false } },
      ip: null,
      userAgent: null,
      createdAt: '2026-11-03T08:00:00.000Z',
    },
  ],
  nextCursor: null,
}

type Answer = { status: number; body?: unknown }

function personApi(
  permissions: string[],
  extra: (call: FakeCall) => Answer | undefined = () => undefined,
) {
  let active = true
  return fakeApi(permissions, (call) => {
    const own = extra(call)
    if (own) return own
    if (call.path.startsWith('/api/v1/users?'))
      return { status: 200, body: { items: [SHIVA], nextCursor: null } }
    if (call.path.endsWith('/deactivate')) {
      active = false
      return { status: 200, body: { ...SHIVA, isActive: false } }
    }
    if (call.path === `/api/v1/users/${ID}`)
      return { status: 200, body: { ...SHIVA, isActive: active } }
    if (call.path.endsWith('/groups')) return { status: 200, body: ACCESS }
    if (call.path.endsWith('/sessions')) return { status: 200, body: DEVICES }
    if (call.path.startsWith('/api/v1/audit-logs')) return { status: 200, body: TRAIL }
    return { status: 404, body: { code: 'NOT_FOUND', status: 404, title: 'x', type: 'x' } }
  })
}

describe('people', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('searches by what was typed and links each person to their page', async () => {
    const calls = personApi(['users.read.any'])
    renderPage('/people', PeoplePage)
    await userEvent.type(await screen.findByLabelText('Name, phone or email'), '0912 123')
    await userEvent.click(screen.getByRole('button', { name: 'Search' }))
    const link = await screen.findByRole('link', { name: 'Shiva Azmoon' })
    expect(link.getAttribute('href')).toBe(`/people/${ID}`)
    expect(screen.getByText('+989121234567')).toBeTruthy()
    expect(calls[0]?.path).toBe('/api/v1/users?q=0912+123&limit=25')
  })

  it('says when nobody matches, in Persian too', async () => {
    personApi(['users.read.any'], (call) =>
      call.path.startsWith('/api/v1/users?')
        ? { status: 200, body: { items: [], nextCursor: null } }
        : undefined,
    )
    await i18n.changeLanguage('fa')
    renderPage('/people', PeoplePage, '/people?q=zzz')
    expect(await screen.findByText('کسی با این مشخصات پیدا نشد.')).toBeTruthy()
  })

  it('tells staff without users.read.any that they lack it', async () => {
    personApi(['audit.read'])
    renderPage('/people', PeoplePage)
    expect(await screen.findByText('No access')).toBeTruthy()
  })
})

describe("a person's page", () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows identifiers, groups, devices and the trail, and deactivates with a reason', async () => {
    const calls = personApi(['users.read.any', 'users.manage', 'audit.read'])
    renderPage('/people/:id', PersonPage, `/people/${ID}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Shiva Azmoon' })).toBeTruthy()
    expect(await screen.findByText('patients')).toBeTruthy()
    expect(await screen.findByText('Firefox on Linux')).toBeTruthy()
    expect(await screen.findByText('Reason: Duplicate')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Deactivate' }))
    const dialog = screen.getByRole('dialog', { name: 'Deactivate the account' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }))
    expect(within(dialog).getByText('Write a reason of at least three characters.')).toBeTruthy()
    await userEvent.type(
      within(dialog).getByLabelText('Reason (kept in the audit log)'),
      'Duplicate',
    )
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }))
    expect(await screen.findByText('The account state changed.')).toBeTruthy()
    const post = calls.find((call) => call.path.endsWith('/deactivate'))
    expect(post?.body).toEqual({ reason: 'Duplicate' })
    expect(await screen.findByText('This account is inactive and cannot sign in.')).toBeTruthy()
  })

  it('signs the person out of a device', async () => {
    const calls = personApi(['users.read.any', 'users.manage'], (call) =>
      call.method === 'DELETE' ? { status: 204 } : undefined,
    )
    renderPage('/people/:id', PersonPage, `/people/${ID}`)
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign this person out of Firefox on Linux' }),
    )
    await waitFor(() =>
      expect(
        calls.some((c) => c.method === 'DELETE' && c.path === `/api/v1/users/${ID}/sessions/s1`),
      ).toBe(true),
    )
  })

  it('offers no changes to staff who may only read accounts', async () => {
    personApi(['users.read.any'])
    renderPage('/people/:id', PersonPage, `/people/${ID}`)
    expect(await screen.findByText('Firefox on Linux')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Deactivate' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Sign out of every device' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Require it' })).toBeNull()
  })
})
