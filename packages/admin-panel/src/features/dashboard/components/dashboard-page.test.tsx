import { screen } from '@testing-library/react'
import { dashboardSchema } from '@yektayar/shared'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { DashboardPage } from './dashboard-page.tsx'

const STARTS = ['2026-11-21', '2026-11-28', '2026-12-05']
const weeks = (values: (number | null)[]) =>
  STARTS.map((weekStart, index) => ({ weekStart, value: values[index] ?? null }))
const figure = (key: string, unit: string, values: (number | null)[]) => ({
  key,
  unit,
  current: values.at(-1) ?? null,
  previous: values.at(-2) ?? null,
  weeks: weeks(values),
})

// The contract the backend answers with (reports module), checked by its schema.
const DASHBOARD = dashboardSchema.parse({
  timeZone: 'Asia/Tehran',
  computedAt: '2026-12-07T10:00:00.000Z',
  figures: [
    figure('activePatients', 'count', [10, 12, 15]),
    figure('sessions', 'count', [20, 24, 30]),
    figure('completionRate', 'percent', [80, 90, 87.5]),
    figure('noShowRate', 'percent', [null, 5, 5]),
    figure('revenue', 'rials', [0, 20_000_000, 80_000_000]),
    figure('signUps', 'count', [3, 4, 2]),
    figure('pendingVerification', 'count', [2, 3, 4]),
    figure('openSafetyAlerts', 'count', [1, 0, 0]),
    figure('failedNotifications', 'count', [0, 0, 1]),
  ],
})

describe('the dashboard', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows each figure as text with its trend, definition, summary and list', async () => {
    const calls = fakeApi(['reports.read'], () => ({ status: 200, body: DASHBOARD }))
    renderPage('/', DashboardPage)
    expect(await screen.findByTestId('figure-sessions')).toHaveProperty('textContent', '۳۰')
    expect(calls[0]?.path).toBe('/api/v1/admin/dashboard?weeks=12')
    expect(screen.getByText('۶ بیشتر از هفتهٔ پیش')).toBeTruthy()
    expect(screen.getByTestId('figure-revenue').textContent).toBe('۸٬۰۰۰٬۰۰۰ تومان')
    expect(screen.getByText('۶٬۰۰۰٬۰۰۰ تومان بیشتر از هفتهٔ پیش')).toBeTruthy()
    expect(screen.getByTestId('figure-completionRate').textContent).toBe('۸۷٫۵٪')
    expect(screen.getByText('۲٫۵ واحد درصد کمتر از هفتهٔ پیش')).toBeTruthy()
    expect(screen.getAllByText('برابر با هفتهٔ پیش', { selector: 'p' })).toHaveLength(2)
    // A definition for every figure, and the chart in words for screen readers.
    expect(screen.getByText(/برگزارشده ÷ \(برگزارشده \+ غیبت \+ لغو دیرهنگام\)/)).toBeTruthy()
    const group = screen.getByRole('group', { name: 'جلسه‌های این هفته' })
    expect(group.querySelector('figcaption')?.textContent).toBe(
      'جلسه‌های این هفته در ۳ هفتهٔ اخیر از هفتهٔ ۳۰ آبان ۱۴۰۵: کمترین ۲۰، بیشترین ۳۰، این هفته ۳۰.',
    )
    // Each figure opens its list, filtered to this Jalali week (Saturday to Friday).
    const link = (name: string) => screen.getByRole('link', { name }).getAttribute('href')
    expect(link('جلسه‌های غیبت‌دار')).toBe(
      '/appointments?status=no_show&from=2026-12-05&to=2026-12-11',
    )
    expect(link('صف تأیید روان‌شناسان')).toBe('/clinicians')
    expect(link('گزارش ارسال‌های ناموفق')).toBe('/notification-deliveries?status=failed')
    expect(link('صف هشدارهای ایمنی')).toBe('/safety')
  })

  it('reads in English and says when a figure has nothing to compare', async () => {
    await i18n.changeLanguage('en')
    const empty = {
      ...DASHBOARD,
      figures: DASHBOARD.figures.map((item) =>
        item.key === 'noShowRate' ? { ...item, current: null, previous: null } : item,
      ),
    }
    fakeApi(['reports.read'], () => ({ status: 200, body: empty }))
    renderPage('/', DashboardPage)
    expect(await screen.findByTestId('figure-noShowRate')).toHaveProperty('textContent', '—')
    expect(screen.getByText('No comparison with last week')).toBeTruthy()
    expect(screen.getByTestId('figure-revenue').textContent).toBe('8,000,000 toman')
  })

  it('tells staff without reports.read instead of asking the server', async () => {
    const calls = fakeApi(['audit.read'], () => ({ status: 500 }))
    renderPage('/', DashboardPage)
    expect(await screen.findByText(/reports\.read/)).toBeTruthy()
    expect(calls).toEqual([])
  })
})
