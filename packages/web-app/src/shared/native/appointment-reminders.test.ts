import { afterEach, describe, expect, it, vi } from 'vitest'
import { syncAppointmentReminders } from './appointment-reminders.ts'
import { reminderId } from './reminder-plan.ts'

// The plugin is the edge: it stands in for Android's notification manager.
const plugin = vi.hoisted(() => ({
  getPending: vi.fn(),
  cancel: vi.fn(),
  schedule: vi.fn(),
  checkPermissions: vi.fn(),
  requestPermissions: vi.fn(),
}))
vi.mock('@capacitor/local-notifications', () => ({ LocalNotifications: plugin }))

const SOON = new Date(Date.now() + 3 * 24 * 3600_000).toISOString()
const text = () => ({ title: 'YektaYar', body: 'Your session starts soon.' })
const asApp = () => vi.stubGlobal('Capacitor', { isNativePlatform: () => true })

afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

describe('appointment reminders on the web', () => {
  it('do nothing and never touch the plugin', async () => {
    await syncAppointmentReminders([{ id: 'a', startsAt: SOON, status: 'confirmed' }], text)
    expect(plugin.getPending).not.toHaveBeenCalled()
    expect(plugin.schedule).not.toHaveBeenCalled()
  })
})

describe('appointment reminders in the Android app', () => {
  it('schedule the missing ones and cancel those no longer valid', async () => {
    asApp()
    const dayBefore = reminderId('a', SOON, 1440)
    plugin.getPending.mockResolvedValue({
      notifications: [
        { id: dayBefore, extra: { kind: 'appointment-reminder' } },
        { id: 7, extra: { kind: 'appointment-reminder' } }, // a cancelled appointment's
        { id: 8, extra: { kind: 'something-else' } },
      ],
    })
    plugin.checkPermissions.mockResolvedValue({ display: 'granted' })

    await syncAppointmentReminders([{ id: 'a', startsAt: SOON, status: 'confirmed' }], text)

    expect(plugin.cancel).toHaveBeenCalledWith({ notifications: [{ id: 7 }] })
    const [{ notifications }] = plugin.schedule.mock.calls[0] ?? [{ notifications: [] }]
    expect(notifications).toEqual([
      {
        id: reminderId('a', SOON, 60),
        title: 'YektaYar',
        body: 'Your session starts soon.',
        schedule: { at: new Date(new Date(SOON).getTime() - 3600_000), allowWhileIdle: true },
        extra: { kind: 'appointment-reminder', path: '/appointments/a' },
      },
    ])
  })

  it('cancel every reminder once there is nothing to remind of, and ask for nothing', async () => {
    asApp()
    plugin.getPending.mockResolvedValue({
      notifications: [{ id: 5, extra: { kind: 'appointment-reminder' } }],
    })
    await syncAppointmentReminders([], text)
    expect(plugin.cancel).toHaveBeenCalledWith({ notifications: [{ id: 5 }] })
    expect(plugin.checkPermissions).not.toHaveBeenCalled()
    expect(plugin.schedule).not.toHaveBeenCalled()
  })

  it('schedule nothing when the person said no to notifications', async () => {
    asApp()
    plugin.getPending.mockResolvedValue({ notifications: [] })
    plugin.checkPermissions.mockResolvedValue({ display: 'denied' })
    await syncAppointmentReminders([{ id: 'a', startsAt: SOON, status: 'confirmed' }], text)
    expect(plugin.requestPermissions).not.toHaveBeenCalled()
    expect(plugin.schedule).not.toHaveBeenCalled()
  })
})
