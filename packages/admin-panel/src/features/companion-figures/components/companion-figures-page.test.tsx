import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { companionFiguresSchema } from '@yektayar/shared'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { CompanionFiguresPage } from './companion-figures-page.tsx'

const day = (date: string, messages: number, more: Partial<Record<string, number>> = {}) => ({
  day: date,
  messages,
  unavailable: 0,
  crises: 0,
  concerns: 0,
  handoffs: 0,
  replaced: 0,
  ...more,
})

// The backend route is another module's; its contract is what this screen relies on.
const FIGURES = companionFiguresSchema.parse({
  days: [
    day('2026-03-19', 12, { unavailable: 2, concerns: 1 }),
    day('2026-03-20', 30, { crises: 1, handoffs: 1, replaced: 1 }),
    day('2026-03-21', 0),
  ],
})

const figureCalls = (calls: FakeCall[]) =>
  calls
    .map((call) => new URL(call.path, 'http://x'))
    .filter((url) => url.pathname.endsWith('/figures'))

describe('companion figures', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows totals, a chart per day and the table, for 30 days unless asked otherwise', async () => {
    const calls = fakeApi(['reports.read'], () => ({ status: 200, body: FIGURES }))
    const router = renderPage('/companion-figures', CompanionFiguresPage)
    expect(await screen.findByRole('heading', { name: 'Totals for the period' })).toBeTruthy()
    expect(figureCalls(calls)[0]?.pathname).toBe('/api/v1/admin/companion/figures')
    expect(figureCalls(calls)[0]?.searchParams.get('days')).toBe('30')
    expect(screen.getByTestId('total-messages').textContent).toBe('42')
    expect(screen.getByTestId('total-unavailable').textContent).toBe('2')
    expect(screen.getByTestId('total-crises').textContent).toBe('1')
    expect(screen.getByTestId('total-handoffs').textContent).toBe('1')
    expect(screen.getByTestId('total-replaced').textContent).toBe('1')
    expect(
      screen.getByRole('img', {
        name: 'Messages per day, from March 19 to March 21; highest 30.',
      }),
    ).toBeTruthy()

    await userEvent.selectOptions(screen.getByLabelText('Chart'), 'unavailable')
    expect(screen.getByRole('img', { name: /^Unavailable per day.*highest 2\.$/ })).toBeTruthy()

    const table = screen.getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(4)
    expect(within(rows[2] as HTMLElement).getByRole('rowheader').textContent).toBe('March 20, 2026')

    await userEvent.selectOptions(screen.getByLabelText('Period'), '7')
    await waitFor(() => expect(figureCalls(calls).at(-1)?.searchParams.get('days')).toBe('7'))
    expect(router.state.location.search).toBe('?days=7')
  })

  it('reads Jalali dates and Persian digits in Persian', async () => {
    await i18n.changeLanguage('fa')
    fakeApi(['reports.read'], () => ({ status: 200, body: FIGURES }))
    renderPage('/companion-figures', CompanionFiguresPage)
    expect(await screen.findByRole('heading', { name: 'جمع این بازه' })).toBeTruthy()
    expect(screen.getByTestId('total-messages').textContent).toBe('۴۲')
    // 20 March 2026 is 29 Esfand 1404.
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(within(rows[2] as HTMLElement).getByRole('rowheader').textContent).toBe('۲۹ اسفند ۱۴۰۴')
    expect(
      screen.getByRole('img', { name: /^پیام‌ها در هر روز، از ۲۸ اسفند تا ۱ فروردین/ }),
    ).toBeTruthy()
  })

  it('has an empty state when nothing happened', async () => {
    fakeApi(['reports.read'], () => ({
      status: 200,
      body: { days: [day('2026-03-20', 0), day('2026-03-21', 0)] },
    }))
    renderPage('/companion-figures', CompanionFiguresPage)
    expect(await screen.findByText('Nobody wrote to the companion in this period.')).toBeTruthy()
  })

  it('says when the figures could not be read, and tries again', async () => {
    let fail = true
    fakeApi(['reports.read'], () =>
      fail
        ? { status: 404, body: { type: 'x', title: 'x', status: 404, code: 'NOT_FOUND' } }
        : { status: 200, body: FIGURES },
    )
    renderPage('/companion-figures', CompanionFiguresPage)
    expect(await screen.findByRole('alert')).toBeTruthy()
    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Totals for the period' })).toBeTruthy()
  })

  it('tells staff without reports.read, and asks nothing', async () => {
    const calls = fakeApi(['config.manage'], () => ({ status: 200, body: FIGURES }))
    renderPage('/companion-figures', CompanionFiguresPage)
    expect(await screen.findByText(/reports\.read/)).toBeTruthy()
    expect(calls).toHaveLength(0)
  })
})
