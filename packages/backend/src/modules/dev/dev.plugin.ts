import { modulePlugin } from '../../lib/module-plugin.ts'
import { devRoutes } from './dev.routes.ts'

/** Development helpers (the sign-in code outbox); off in production. */
export const devPlugin = modulePlugin('dev', ['identity'], async (app) => {
  await app.register(devRoutes)
})
