import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { currentJalaliYear } from '../holiday-dates.ts'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { HolidaysPage } from './holidays-page.tsx'

const NOWRUZ = {
  id: '0b5c6a3e-1111-4222-8333-944455556666',
  date: '2027-03-21',
  jalaliYear: 1406,
  nameFa: 'آغاز نوروز',
  nameEn: 'Nowruz',
  calendar: 'solar',
  isEstimated: false,
}
const ARBAEEN = {
  ...NOWRUZ,
  id: '0b5c6a3e-1111-4222-8333-944455556667',
  date: '2027-07-24',
  nameFa: 'اربعین حسینی',
  nameEn: 'Arbaeen',
  calendar: 'lunar',
  isEstimated: true,
}
const thisYear = currentJalaliYear()

type Answer = { status: number; body?: unknown }

function calendarApi(extra: (call: FakeCall) => Answer | undefined = () => undefined) {
  return fakeApi(['config.manage'], (call) => {
    const own = extra(call)
    if (own) return own
    if (call.path.endsWith('/admin/holidays/years')) {
      return { status: 200, body: { items: [{ year: thisYear, count: 2 }] } }
    }
    if (call.path.includes('/admin/holidays?year=1406')) {
      return {
        status: 200,
        body: { year: 1406, from: '2027-03-21', to: '2028-03-19', items: [NOWRUZ, ARBAEEN] },
      }
    }
    if (call.path.includes('/admin/holidays?year=')) {
      return { status: 200, body: { year: 1, from: '2030-03-21', to: '2031-03-20', items: [] } }
    }
    return { status: 404 }
  })
}

describe('holidays page', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists a year with both dates and kind badges, and warns about a missing next year', async () => {
    calendarApi()
    renderPage('/holidays', HolidaysPage, '/holidays?year=1406')
    expect(await screen.findByRole('rowheader', { name: /Nowruz/ })).toBeTruthy()
    expect(screen.getByText('Farvardin 1, 1406 AP')).toBeTruthy()
    expect(screen.getByText('March 21, 2027')).toBeTruthy()
    const arbaeen = screen.getByRole('rowheader', { name: /Arbaeen/ }).closest('tr') as HTMLElement
    expect(within(arbaeen).getByText('Lunar')).toBeTruthy()
    expect(within(arbaeen).getByText('Estimated')).toBeTruthy()
    expect(
      await screen.findByText(new RegExp(`No holiday is recorded for ${thisYear + 1} yet; until`)),
    ).toBeTruthy()
  })

  it('shows the empty state of a year with nothing in it, in Persian too', async () => {
    calendarApi()
    await i18n.changeLanguage('fa')
    renderPage('/holidays', HolidaysPage, '/holidays?year=1410')
    expect(await screen.findByText('برای سال ۱۴۱۰ هنوز تعطیلی‌ای ثبت نشده است.')).toBeTruthy()
  })

  it('adds a holiday on a Jalali day of the shown year', async () => {
    const calls = calendarApi((call) =>
      call.method === 'POST' ? { status: 201, body: { ...NOWRUZ, id: 'new' } } : undefined,
    )
    renderPage('/holidays', HolidaysPage, '/holidays?year=1406')
    await screen.findByRole('rowheader', { name: /Nowruz/ })
    await userEvent.click(screen.getByRole('button', { name: 'Add a holiday' }))
    const dialog = screen.getByRole('dialog', { name: 'Add a holiday to 1406' })
    await userEvent.selectOptions(within(dialog).getByLabelText('Month'), '11')
    await userEvent.clear(within(dialog).getByLabelText('Day'))
    await userEvent.type(within(dialog).getByLabelText('Day'), '22')
    expect(within(dialog).getByText('That is February 11, 2028')).toBeTruthy()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(within(dialog).getAllByText('Fill this in.')).toHaveLength(2)
    await userEvent.type(within(dialog).getByLabelText('Persian name'), 'پیروزی انقلاب')
    await userEvent.type(within(dialog).getByLabelText('English name'), 'Revolution Day')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      date: '2028-02-11',
      nameFa: 'پیروزی انقلاب',
      nameEn: 'Revolution Day',
      calendar: 'solar',
      isEstimated: false,
    })
    expect(await screen.findByText('The holiday is saved.')).toBeTruthy()
  })

  it('previews an import, names the bad rows, then imports', async () => {
    let attempt = 0
    const calls = calendarApi((call) => {
      if (call.method !== 'POST') return undefined
      attempt++
      if (attempt === 1) {
        return {
          status: 422,
          body: {
            type: 'x',
            title: 'x',
            status: 422,
            code: 'HOLIDAY_IMPORT_INVALID',
            errors: [{ path: 'rows.2', message: 'OUTSIDE_YEAR' }],
          },
        }
      }
      const body = call.body as { dryRun: boolean }
      const rows = [{ ...NOWRUZ }]
      return { status: 200, body: { year: 1406, dryRun: body.dryRun, rows, removed: 0 } }
    })
    renderPage('/holidays', HolidaysPage, '/holidays?year=1406')
    await screen.findByRole('rowheader', { name: /Nowruz/ })
    await userEvent.click(screen.getByRole('button', { name: 'Import the year’s list' }))
    const dialog = screen.getByRole('dialog', { name: 'Import the holidays of 1406' })
    await userEvent.type(within(dialog).getByLabelText('List'), 'date,nameFa,nameEn,calendar')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check and preview' }))
    expect(await within(dialog).findByText('This date is not in 1406.')).toBeTruthy()
    expect(within(dialog).getByText('Row 2')).toBeTruthy()

    await userEvent.type(within(dialog).getByLabelText('List'), ',isEstimated')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check and preview' }))
    expect(await within(dialog).findByText('Preview: 1 rows are fine')).toBeTruthy()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 1 rows' }))
    expect(await screen.findByText('1 holidays imported.')).toBeTruthy()
    const posts = calls.filter((c) => c.method === 'POST').map((c) => c.body as { dryRun: boolean })
    expect(posts.map((body) => body.dryRun)).toEqual([true, true, false])
  })

  it('deletes after asking', async () => {
    const calls = calendarApi((call) => (call.method === 'DELETE' ? { status: 204 } : undefined))
    renderPage('/holidays', HolidaysPage, '/holidays?year=1406')
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Arbaeen' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete holiday' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('The holiday is deleted.')).toBeTruthy()
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe(
      `/api/v1/admin/holidays/${ARBAEEN.id}`,
    )
  })

  it('tells staff without config.manage that they lack it', async () => {
    fakeApi([], () => ({ status: 403 }))
    renderPage('/holidays', HolidaysPage)
    expect(await screen.findByText('No access')).toBeTruthy()
  })
})
