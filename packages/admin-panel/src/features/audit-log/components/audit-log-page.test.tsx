import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { AuditLogPage } from './audit-log-page.tsx'

const ADMIN = '0b5c6a3e-1111-4222-8333-944455556666'
const NOTE = '7d1d0e0a-0000-4000-8000-000000000001'

const row = (id: string, action: string, changes: unknown, resource = 'holiday') => ({
  id,
  userId: ADMIN,
  actorName: 'سارا مدیر',
  action,
  resource,
  resourceId: NOTE,
  changes,
  ip: '10.0.0.7',
  userAgent: 'Firefox/130',
  createdAt: '2026-12-07T10:00:00.000Z',
})

/** The admin as the users API answers, with a phone or (like the demo admin) an email only. */
const sara = (identifier = { type: 'phone', value: '+989121234567' }) => ({
  id: ADMIN,
  type: 'admin',
  isActive: true,
  profile: { firstName: 'سارا', lastName: 'مدیر' },
  preferences: {},
  identifiers: [{ id: NOTE, ...identifier, isVerified: true, isPrimary: true }],
  hasPassword: false,
  totpEnabled: true,
  totpRequired: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  lastLoginAt: null,
})

const listCalls = (calls: FakeCall[]) =>
  calls
    .filter((call) => call.path.startsWith('/api/v1/audit-logs?'))
    .map((call) => new URL(call.path, 'http://x').searchParams)

function auditApi(permissions: string[], items: unknown[], people: unknown[] = []): FakeCall[] {
  return fakeApi(['audit.read', ...permissions], (call) => {
    if (call.path.startsWith('/api/v1/audit-logs/facets')) {
      return {
        status: 200,
        body: {
          actions: ['appointment_note.read', 'holiday.update'],
          resources: ['appointment_note', 'holiday'],
        },
      }
    }
    if (call.path.startsWith('/api/v1/users?'))
      return { status: 200, body: { items: people, nextCursor: null } }
    if (call.path.startsWith('/api/v1/users/')) {
      const person = people.find((p) => call.path === `/api/v1/users/${(p as { id: string }).id}`)
      return person ? { status: 200, body: person } : { status: 404, body: { code: 'NOT_FOUND' } }
    }
    return { status: 200, body: { items, nextCursor: null } }
  })
}

describe('audit log page', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('sends every filter, keeps them in the address and exports the same list', async () => {
    const calls = auditApi([], [])
    const router = renderPage('/audit-log', AuditLogPage)
    expect(await screen.findByText('No event matches these filters.')).toBeTruthy()

    await userEvent.type(screen.getByLabelText('User id'), 'nobody')
    await userEvent.type(screen.getByLabelText('From'), '1405/13/01')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByText('A user id is a UUID.')).toBeTruthy()
    expect(screen.getByText('This is not a valid date.')).toBeTruthy()

    await userEvent.clear(screen.getByLabelText('User id'))
    await userEvent.type(screen.getByLabelText('User id'), ADMIN)
    await screen.findByRole('option', { name: 'Clinical note read' })
    await userEvent.selectOptions(screen.getByLabelText('Action'), 'appointment_note.read')
    await userEvent.selectOptions(screen.getByLabelText('Resource type'), 'appointment_note')
    await userEvent.type(screen.getByLabelText('Resource id'), NOTE)
    await userEvent.clear(screen.getByLabelText('From'))
    await userEvent.type(screen.getByLabelText('From'), '۱۴۰۵/۰۹/۰۱')
    await userEvent.type(screen.getByLabelText('To'), '2026-12-07')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))

    await waitFor(() => expect(listCalls(calls)).toHaveLength(2))
    const asked = Object.fromEntries(listCalls(calls)[1] ?? [])
    const expected = {
      userId: ADMIN,
      action: 'appointment_note.read',
      resource: 'appointment_note',
      resourceId: NOTE,
      from: '2026-11-22',
      to: '2026-12-07',
    }
    expect(asked).toEqual({ ...expected, limit: '50' })
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(expected)
    const exportLink = screen.getByRole('link', { name: 'Export CSV' })
    expect(exportLink.getAttribute('href')).toBe(
      `/api/v1/audit-logs/export?${new URLSearchParams(expected)}`,
    )
  })

  it('finds a person by name for staff who may read accounts', async () => {
    const calls = auditApi(['users.read.any'], [], [sara()])
    renderPage('/audit-log', AuditLogPage)
    await userEvent.type(await screen.findByLabelText('Find a person by name or phone'), 'سارا')
    const results = await screen.findByRole('list', { name: 'Search results' })
    await userEvent.click(within(results).getByRole('button', { name: /سارا مدیر/ }))
    expect(screen.getByText('سارا مدیر · +989121234567')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))
    await waitFor(() => expect(listCalls(calls).at(-1)?.get('userId')).toBe(ADMIN))
    expect(calls.some((call) => call.path.startsWith('/api/v1/users?q='))).toBe(true)
  })

  it('names the person of a filter read back from the address, by their email if no phone', async () => {
    const email = { type: 'email', value: 'sara@example.ir' }
    const calls = auditApi(['users.read.any'], [], [sara(email)])
    renderPage('/audit-log', AuditLogPage, `/audit-log?userId=${ADMIN}`)
    expect(await screen.findByText('سارا مدیر · sara@example.ir')).toBeTruthy()
    expect(calls.some((call) => call.path === `/api/v1/users/${ADMIN}`)).toBe(true)
  })

  it('shows a row’s before and after, and links to everything on that resource', async () => {
    auditApi(
      [],
      [
        row('r1', 'holiday.update', {
          before: { nameEn: 'Nowruz', isEstimated: false },
          after: { nameEn: 'Nowruz', isEstimated: true },
        }),
        row('r2', 'appointment_note.read', { appointmentId: 'a1' }, 'appointment_note'),
      ],
    )
    const router = renderPage('/audit-log', AuditLogPage)
    const table = await screen.findByRole('table')
    expect(within(table).getByText('Holiday edited')).toBeTruthy()
    expect(within(table).getByText('Clinical note read')).toBeTruthy()
    expect(within(table).getAllByText('سارا مدیر')).toHaveLength(2)
    const [first] = screen.getAllByRole('button', { name: /^Details of Holiday edited/ })
    await userEvent.click(first as HTMLElement)
    const dialog = screen.getByRole('dialog', { name: 'Event details' })
    const changed = within(dialog)
      .getByRole('rowheader', { name: /isEstimated/ })
      .closest('tr')
    expect(within(changed as HTMLElement).getByText('false')).toBeTruthy()
    expect(within(changed as HTMLElement).getByText('true')).toBeTruthy()
    expect(within(changed as HTMLElement).getByText('(Changed)')).toBeTruthy()
    expect(within(dialog).getByText('Firefox/130')).toBeTruthy()
    await userEvent.click(
      within(dialog).getByRole('link', { name: 'Every event on this resource' }),
    )
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?resource=holiday&resourceId=${NOTE}`),
    )
  })

  it('names a setting’s change, and its bare before and after as the value', async () => {
    auditApi([], [row('r3', 'config.set', { before: 30, after: 12, source: 'env' }, 'config')])
    renderPage('/audit-log', AuditLogPage)
    const table = await screen.findByRole('table')
    expect(within(table).getByText('Setting changed')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: /^Details of Setting changed/ }))
    const dialog = screen.getByRole('dialog', { name: 'Event details' })
    const value = within(dialog)
      .getByRole('rowheader', { name: /^Value\s*\(Changed\)$/ })
      .closest('tr')
    expect(within(value as HTMLElement).getByText('30')).toBeTruthy()
    expect(within(value as HTMLElement).getByText('12')).toBeTruthy()
  })

  it('reads in Persian, and says when access is missing', async () => {
    await i18n.changeLanguage('fa')
    fakeApi([], () => ({ status: 403 }))
    renderPage('/audit-log', AuditLogPage)
    expect(await screen.findByText('دسترسی ندارید')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'گزارش رویدادها' })).toBeTruthy()
  })
})
