import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { departmentInboxListSchema } from '@yektayar/shared'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { DepartmentStaffPage } from './department-staff-page.tsx'
import { DepartmentsPage } from './departments-page.tsx'

const inbox = (key: string, fa: string, en: string, counts: Partial<Record<string, number>>) => ({
  key,
  fa,
  en,
  open: 0,
  unassigned: 0,
  waiting: 0,
  oldestWaitingSince: null,
  staff: 0,
  ...counts,
})
// The contract the messaging module answers with.
const INBOXES = departmentInboxListSchema.parse({
  items: [
    {
      ...inbox('reception', 'پذیرش', 'Reception', {
        open: 12,
        unassigned: 3,
        waiting: 5,
        staff: 2,
      }),
      oldestWaitingSince: '2026-12-06T06:30:00.000Z',
    },
    inbox('billing', 'مالی', 'Billing', {}),
  ],
})
const STAFF_ID = '0b5c6a3e-1111-4222-8333-944455556666'
const NEW_ID = '0b5c6a3e-1111-4222-8333-944455557777'
const STAFF = {
  items: [{ id: STAFF_ID, type: 'psychologist', displayName: 'سارا کریمی', avatarUrl: null }],
}

function answer(call: FakeCall) {
  if (call.path === '/api/v1/admin/department-inboxes') return { status: 200, body: INBOXES }
  if (call.path.endsWith('/staff')) return { status: 200, body: STAFF }
  return { status: 204 }
}

describe('department inboxes', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows each inbox’s counts, never content, each to its staff', async () => {
    fakeApi(['threads.manage'], answer)
    renderPage('/departments', DepartmentsPage)
    const table = await screen.findByRole('table', { name: 'صندوق پیام هر بخش' })
    const [, reception] = within(table).getAllByRole('row')
    expect(
      within(reception as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['پذیرش', '۱۲', '۳', '۵', expect.stringContaining('۱۴۰۵'), '۲'])
    expect(screen.getByRole('link', { name: 'کارکنان پذیرش' }).getAttribute('href')).toBe(
      '/departments/reception',
    )
  })

  it('adds a person by id and removes a staff member after asking', async () => {
    const calls = fakeApi(['threads.manage'], answer)
    renderPage('/departments/:key', DepartmentStaffPage, '/departments/reception')
    expect(await screen.findByRole('heading', { level: 1, name: 'کارکنان بخش پذیرش' })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'افزودن' }))
    expect(screen.getByText(/نخست یک نفر را از نتیجه‌ها برگزینید/)).toBeTruthy()
    await userEvent.type(screen.getByLabelText('شناسه‌ی کاربر'), NEW_ID)
    await userEvent.click(screen.getByRole('button', { name: 'افزودن' }))
    expect(await screen.findByText('به کارکنان بخش افزوده شد.')).toBeTruthy()
    expect(calls.find((call) => call.method === 'PUT')?.path).toBe(
      `/api/v1/departments/reception/staff/${NEW_ID}`,
    )

    await userEvent.click(screen.getByRole('button', { name: 'برداشتن سارا کریمی' }))
    const dialog = await screen.findByRole('dialog', { name: 'برداشتن از کارکنان بخش' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'برداشتن' }))
    expect(await screen.findByText('از کارکنان بخش برداشته شد.')).toBeTruthy()
    expect(calls.find((call) => call.method === 'DELETE')?.path).toBe(
      `/api/v1/departments/reception/staff/${STAFF_ID}`,
    )
  })
})
