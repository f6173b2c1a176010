import { prepareAdminStore } from '../lib/admin-store.ts'
import { startOnStore } from './seeded-app.ts'
import type { StartServer } from './server.ts'

/** The app on the admin data set: 100,000 users, 300,000 appointments, 300,000 payments. */
export const startAdminApp: StartServer = async (settings) =>
  startOnStore(settings, await prepareAdminStore(settings))

/** The same with the dashboard's cache off: every figure from the database on every call. */
export const startAdminAppUncached: StartServer = async (settings) =>
  startOnStore(settings, await prepareAdminStore(settings), { DASHBOARD_CACHE_SECONDS: '0' })
