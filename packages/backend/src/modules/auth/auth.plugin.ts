import { modulePlugin } from '../../lib/module-plugin.ts'
import { authRoutes } from './auth.routes.ts'

/** Sign-in and sign-up (codes, passwords, TOTP), the current session and devices. */
export const authPlugin = modulePlugin(
  'auth',
  ['identity', 'socket-io', 'authenticate', 'audit', 'users'],
  async (app) => {
    await app.register(authRoutes)
  },
)
