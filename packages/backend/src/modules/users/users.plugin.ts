import { modulePlugin } from '../../lib/module-plugin.ts'
import { personPageRoutes } from './person-page.routes.ts'
import { usersRoutes } from './users.routes.ts'

/** Accounts, profiles and identifiers; new accounts join their default rbac group. */
export const usersPlugin = modulePlugin(
  'users',
  ['identity', 'socket-io', 'authenticate', 'audit', 'rbac'],
  async (app) => {
    await app.register(usersRoutes)
    await app.register(personPageRoutes)
  },
)
