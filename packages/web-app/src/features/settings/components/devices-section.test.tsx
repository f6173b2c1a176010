import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { settingsMessagesEn } from '../settings-messages-en.ts'
import { settingsMessagesFa } from '../settings-messages-fa.ts'
import { DevicesSection } from './devices-section.tsx'

initTestI18n({ fa: { settings: settingsMessagesFa }, en: { settings: settingsMessagesEn } })

const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36'
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0'

const device = (id: string, current: boolean, userAgent: string | null) => ({
  id,
  current,
  createdAt: '2026-11-20T08:00:00.000Z',
  // 12:30 in Tehran on 1 Azar 1405.
  lastActivityAt: '2026-11-22T09:00:00.000Z',
  expiresAt: '2026-12-20T08:00:00.000Z',
  ip: null,
  userAgent,
})

const THIS = '11111111-1111-4111-8111-111111111111'
const LAPTOP = '22222222-2222-4222-8222-222222222222'
const TABLET = '33333333-3333-4333-8333-333333333333'
const LIST = {
  status: 200,
  body: {
    items: [
      device(LAPTOP, false, WINDOWS),
      device(THIS, true, ANDROID),
      device(TABLET, false, null),
    ],
  },
}

describe('DevicesSection', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists this device first, marked, with the browser in words and a Jalali time', async () => {
    fakeApi({ 'GET /api/v1/auth/sessions': [LIST] })
    render(withQueryClient(<DevicesSection />))

    const rows = await screen.findAllByRole('listitem')
    expect(rows).toHaveLength(3)
    const first = rows[0] as HTMLElement
    expect(within(first).getByText('Chrome روی Android')).toBeTruthy()
    expect(within(first).getByText('همین دستگاه')).toBeTruthy()
    expect(within(first).queryByRole('button')).toBeNull()
    expect(first.textContent).toContain('۱۴۰۵')
    expect(first.textContent).toContain('۱۲:۳۰')
    expect(screen.getByText('Firefox روی Windows')).toBeTruthy()
    expect(screen.getByText('دستگاه ناشناخته')).toBeTruthy()
  })

  it('signs one other device out and drops it from the list', async () => {
    const api = fakeApi({
      'GET /api/v1/auth/sessions': [LIST],
      [`DELETE /api/v1/auth/sessions/${LAPTOP}`]: [{ status: 204 }],
    })
    const user = userEvent.setup()
    render(withQueryClient(<DevicesSection />))

    const laptop = (await screen.findByText('Firefox روی Windows')).closest('li') as HTMLElement
    await user.click(within(laptop).getByRole('button', { name: 'خروج' }))

    expect(await screen.findAllByRole('listitem')).toHaveLength(2)
    expect(screen.queryByText('Firefox روی Windows')).toBeNull()
    expect(api.calls().map((call) => call.key)).toContain(`DELETE /api/v1/auth/sessions/${LAPTOP}`)
  })

  it('signs out every other device at once and says how many', async () => {
    const api = fakeApi({
      'GET /api/v1/auth/sessions': [LIST],
      'POST /api/v1/auth/sessions/revoke-others': [{ status: 200, body: { revoked: 2 } }],
    })
    const user = userEvent.setup()
    render(withQueryClient(<DevicesSection />))

    await user.click(await screen.findByRole('button', { name: 'خروج از همهٔ دستگاه‌های دیگر' }))

    expect(await screen.findByText('از ۲ دستگاه دیگر خارج شدید.')).toBeTruthy()
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByText('فقط همین دستگاه وارد شده است.')).toBeTruthy()
    expect(api.bodiesSentTo('POST /api/v1/auth/sessions/revoke-others')).toHaveLength(1)
  })

  it('shows a failed list in Persian with a retry', async () => {
    fakeApi({ 'GET /api/v1/auth/sessions': [{ status: 503, body: null }] })
    render(withQueryClient(<DevicesSection />))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('سرویس موقتاً در دسترس نیست')
    expect(within(alert).getByRole('button', { name: 'تلاش دوباره' })).toBeTruthy()
  })
})
