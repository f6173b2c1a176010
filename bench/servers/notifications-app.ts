import { type KavenegarDouble, startKavenegarDouble } from '../lib/kavenegar-double.ts'
import { prepareNotificationsStore } from '../lib/notifications-store.ts'
import type { SeededStore } from '../lib/seeded-store.ts'
import { startOnStore } from './seeded-app.ts'
import type { StartServer } from './server.ts'

/** What the notification scenarios reach besides the app: its store and its SMS provider. */
export interface NotificationsBench {
  store: SeededStore
  sms: KavenegarDouble
}

let current: NotificationsBench | undefined

export function notificationsBench(): NotificationsBench {
  if (!current) throw new Error('the notifications-app server is not running')
  return current
}

/**
 * The app on the 1,000,000-notification store, sending SMS through Kavenegar's API to the
 * bench's own Kavenegar server. The dev outbox is off: config refuses it beside a real provider.
 */
export const startNotificationsApp: StartServer = (settings) => startInstance(settings)

/** The same with the notification-list cache off: every list comes from the database. */
export const startNotificationsAppUncached: StartServer = (settings) =>
  startInstance(settings, { NOTIFICATION_LIST_CACHE_SECONDS: '0' })

async function startInstance(
  settings: Parameters<StartServer>[0],
  extraEnv: Record<string, string> = {},
): ReturnType<StartServer> {
  const store = await prepareNotificationsStore(settings)
  const sms = await startKavenegarDouble()
  try {
    const app = await startOnStore(settings, store, {
      SMS_PROVIDER: 'kavenegar',
      KAVENEGAR_API_KEY: 'bench-kavenegar-key',
      KAVENEGAR_BASE_URL: sms.baseUrl,
      DEV_OUTBOX: 'false',
      ...extraEnv,
    })
    current = { store, sms }
    return {
      ...app,
      async stop() {
        current = undefined
        await app.stop()
        await sms.stop()
      },
    }
  } catch (error) {
    await sms.stop()
    throw error
  }
}
