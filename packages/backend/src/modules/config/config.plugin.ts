import { modulePlugin } from '../../lib/module-plugin.ts'
import { configRoutes } from './config.routes.ts'
import { startDynamicConfig } from './config-deps.ts'

/**
 * Dynamic configuration (issue 20, item 6): the seed's `config` table through a registry of
 * known keys (config-registry.ts), read synchronously by other modules through
 * `dynamicConfigOf(app)` and changed by admins without a restart.
 */
export const configPlugin = modulePlugin(
  'config',
  ['socket-io', 'authenticate', 'audit'],
  async (app) => {
    const deps = await startDynamicConfig(app)
    await app.register(configRoutes, { deps })
  },
)
