import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  DEFAULT_CHANNEL_PREFERENCES,
  DEFAULT_QUIET_HOURS,
  type NotificationPreferences,
} from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  type Reply,
  userFixture,
  withQueryClient,
} from '../../../shared/testing/test-support.tsx'
import { settingsMessagesEn } from '../settings-messages-en.ts'
import { settingsMessagesFa } from '../settings-messages-fa.ts'
import { NotificationsSection } from './notifications-section.tsx'

initTestI18n({ fa: { settings: settingsMessagesFa }, en: { settings: settingsMessagesEn } })

const GET = 'GET /api/v1/notifications/preferences'
const PATCH = 'PATCH /api/v1/notifications/preferences'

const saved = (overrides: Partial<NotificationPreferences> = {}): NotificationPreferences => ({
  categories: structuredClone(DEFAULT_CHANNEL_PREFERENCES),
  quietHours: { ...DEFAULT_QUIET_HOURS },
  discreetMode: false,
  timeZone: 'Asia/Tehran',
  pushAvailable: false,
  ...overrides,
})
const ok = (body: unknown): Reply => ({ status: 200, body })

/** The checkbox for one channel in one category's row. */
function box(category: string, channel: string) {
  const row = screen.getByRole('group', { name: category })
  return within(row).getByRole('checkbox', { name: channel }) as HTMLInputElement
}

describe('NotificationsSection', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('switches one channel of one category with a PATCH of just that switch', async () => {
    const after = saved()
    after.categories.appointment_reminder.sms = false
    const api = fakeApi({ [GET]: [ok(saved())], [PATCH]: [ok(after)] })
    const user = userEvent.setup()
    render(withQueryClient(<NotificationsSection me={userFixture()} />))

    await screen.findByRole('group', { name: 'Appointment reminder' })
    // In-app is on and cannot be switched off; staff-only topics are not a patient's.
    const inApp = box('Appointment reminder', 'In the app (always)')
    expect([inApp.checked, inApp.disabled]).toEqual([true, true])
    expect(screen.queryByRole('group', { name: 'Conversation assigned to you' })).toBeNull()
    // Push is not offered where the server cannot send it.
    expect(
      within(screen.getByRole('group', { name: 'Refund' })).queryByRole('checkbox', {
        name: 'Browser',
      }),
    ).toBeNull()

    expect(box('Appointment reminder', 'SMS').checked).toBe(true)
    await user.click(box('Appointment reminder', 'SMS'))

    await waitFor(() =>
      expect(api.bodiesSentTo(PATCH)).toEqual([
        { categories: { appointment_reminder: { sms: false } } },
      ]),
    )
    expect(box('Appointment reminder', 'SMS').checked).toBe(false)
    expect(await screen.findByText('Saved.')).toBeTruthy()
  })

  it('puts the switch back and says why when the server refuses', async () => {
    fakeApi({ [GET]: [ok(saved())], [PATCH]: [problem(503, 'SERVICE_UNAVAILABLE')] })
    const user = userEvent.setup()
    render(withQueryClient(<NotificationsSection me={userFixture()} />))

    await screen.findByRole('group', { name: 'YektaYar announcements' })
    expect(box('YektaYar announcements', 'Email').checked).toBe(false)
    await user.click(box('YektaYar announcements', 'Email'))

    expect(await screen.findByRole('alert')).toBeTruthy()
    expect(box('YektaYar announcements', 'Email').checked).toBe(false)
  })

  it('saves quiet hours as a whole, and discreet mode on its own', async () => {
    await i18n.changeLanguage('fa')
    const api = fakeApi({
      [GET]: [ok(saved())],
      [PATCH]: [
        ok(saved({ quietHours: { enabled: true, start: '23:00', end: '07:30' } })),
        ok(saved({ discreetMode: true })),
      ],
    })
    const user = userEvent.setup()
    render(withQueryClient(<NotificationsSection me={userFixture()} />))

    const start = (await screen.findByLabelText('از ساعت')) as HTMLSelectElement
    expect(start.value).toBe('22:00')
    // The clock reads in Persian digits, 24-hour.
    expect(within(start).getByRole('option', { name: '۲۳:۰۰' })).toBeTruthy()
    await user.selectOptions(start, '23:00')
    await user.selectOptions(screen.getByLabelText('تا ساعت'), '07:30')
    await user.click(screen.getByRole('button', { name: 'ذخیرهٔ ساعات سکوت' }))
    await waitFor(() =>
      expect(api.bodiesSentTo(PATCH)).toEqual([
        { quietHours: { enabled: true, start: '23:00', end: '07:30' } },
      ]),
    )

    await user.click(screen.getByRole('switch', { name: 'متن‌های محرمانه' }))
    await waitFor(() => expect(api.bodiesSentTo(PATCH)).toHaveLength(2))
    expect(api.bodiesSentTo(PATCH)[1]).toEqual({ discreetMode: true })
  })

  it('refuses quiet hours that start when they end, without asking the server', async () => {
    const api = fakeApi({ [GET]: [ok(saved())] })
    const user = userEvent.setup()
    render(withQueryClient(<NotificationsSection me={userFixture()} />))

    await user.selectOptions(await screen.findByLabelText('Until'), '22:00')
    await user.click(screen.getByRole('button', { name: 'Save quiet hours' }))
    expect(await screen.findByText('Enter two valid, different times.')).toBeTruthy()
    expect(api.bodiesSentTo(PATCH)).toEqual([])
  })

  it('offers push only where the server sends it, and says plainly when this browser cannot', async () => {
    fakeApi({ [GET]: [ok(saved({ pushAvailable: true }))] })
    render(withQueryClient(<NotificationsSection me={userFixture()} />))

    await screen.findByRole('group', { name: 'Appointment reminder' })
    expect(box('Appointment reminder', 'Browser').checked).toBe(true)
    // happy-dom has no PushManager: no switch that could not work, and the reason instead.
    expect(
      screen.queryByRole('switch', { name: 'Browser notifications on this device' }),
    ).toBeNull()
    expect(screen.getByText(/This browser cannot receive notifications/)).toBeTruthy()
  })

  it('shows staff their own topics, with safety alerts always on', async () => {
    fakeApi({ [GET]: [ok(saved())] })
    render(withQueryClient(<NotificationsSection me={userFixture({ type: 'psychologist' })} />))

    await screen.findByRole('group', { name: /Safety alert/ })
    expect(screen.getByText('Always sent on every channel.')).toBeTruthy()
    const sms = box('Safety alert Always sent on every channel.', 'SMS')
    const email = box('Safety alert Always sent on every channel.', 'Email')
    expect([sms.checked, sms.disabled, email.checked, email.disabled]).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(screen.getByRole('group', { name: 'Conversation assigned to you' })).toBeTruthy()
    expect(screen.queryByRole('group', { name: 'Payment receipt' })).toBeNull()
  })

  it('points to adding an email while none is verified', async () => {
    fakeApi({ [GET]: [ok(saved())] })
    render(withQueryClient(<NotificationsSection me={userFixture()} />))
    const link = await screen.findByRole('link', { name: 'Add an email' })
    expect(link.getAttribute('href')).toBe('#identifiers')
  })
})
