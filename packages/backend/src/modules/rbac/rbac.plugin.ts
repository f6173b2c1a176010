import { modulePlugin } from '../../lib/module-plugin.ts'
import { rbacRoutes } from './rbac.routes.ts'

/** Groups, permissions and grants; sessions read effective permissions through rbac.service. */
export const rbacPlugin = modulePlugin(
  'rbac',
  ['identity', 'authenticate', 'audit'],
  async (app) => {
    await app.register(rbacRoutes)
  },
)
