import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { AppointmentsPage } from './appointments-page.tsx'
import { appointment, PSYCHOLOGIST_ID } from './money-fixtures.ts'

const listCalls = (calls: FakeCall[]) =>
  calls
    .filter((call) => call.path.startsWith('/api/v1/admin/appointments?'))
    .map((call) => Object.fromEntries(new URL(call.path, 'http://x').searchParams))

describe('appointments page', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('sends the filters, keeps them in the address and exports the same list', async () => {
    const calls = fakeApi(['appointments.read.any'], () => ({
      status: 200,
      body: { items: [appointment], nextCursor: null },
    }))
    const router = renderPage('/appointments', AppointmentsPage)
    const table = await screen.findByRole('table')
    expect(within(table).getByText('Sara Patient')).toBeTruthy()
    expect(within(table).getByText('Confirmed')).toBeTruthy()
    expect(within(table).getByText('1,800,000 toman')).toBeTruthy()

    await userEvent.type(screen.getByLabelText('From'), '1405/13/01')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByText('This is not a valid date.')).toBeTruthy()

    await userEvent.clear(screen.getByLabelText('From'))
    await userEvent.type(screen.getByLabelText('From'), '۱۴۰۵/۰۹/۰۱')
    await userEvent.click(screen.getByLabelText('To'))
    await userEvent.paste('2026-12-07')
    await userEvent.click(screen.getByLabelText('Psychologist id'))
    await userEvent.paste(PSYCHOLOGIST_ID)
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'confirmed')
    await userEvent.selectOptions(screen.getByLabelText('Mode'), 'video')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))

    const expected = {
      from: '2026-11-22',
      to: '2026-12-07',
      psychologistId: PSYCHOLOGIST_ID,
      status: 'confirmed',
      mode: 'video',
    }
    await waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ ...expected, limit: '50' }))
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(expected)
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      `/api/v1/admin/appointments/export?${new URLSearchParams(expected)}`,
    )
  }, 15_000)

  it('picks a day on the Jalali calendar in Persian', async () => {
    await i18n.changeLanguage('fa')
    fakeApi(['appointments.read.any'], () => ({
      status: 200,
      body: { items: [], nextCursor: null },
    }))
    renderPage('/appointments', AppointmentsPage)
    expect(await screen.findByText('نوبتی با این پالایه‌ها نیست.')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'انتخاب «از روز» در تقویم' }))
    const grid = screen.getByRole('grid', { name: 'روز «از روز» را انتخاب کنید' })
    const [day] = within(grid).getAllByRole('gridcell')
    await userEvent.click(within(day as HTMLElement).getByRole('button'))
    expect((screen.getByLabelText('از روز') as HTMLInputElement).value).toMatch(
      /^[۰-۹]{4}\/[۰-۹]{2}\/۰۱$/,
    )
  })

  it('tells staff without the permission instead of listing', async () => {
    fakeApi([], () => ({ status: 403 }))
    renderPage('/appointments', AppointmentsPage)
    expect(await screen.findByText('No access')).toBeTruthy()
  })
})
