import { run } from '../../deploy/check/command.ts'
import { requireDeploymentTools, startApacheDeployment } from '../lib/apache-deployment.ts'
import { prepareMessagingStore } from '../lib/messaging-store.ts'
import { MESSAGING_APP_ENV } from './messaging-app.ts'
import { PRODUCTION_BUILD, startOnStore } from './seeded-app.ts'
import type { StartServer } from './server.ts'

/**
 * The messaging store served two ways at once by the production build (`npm run build:backend`,
 * made here): one instance started directly, as `npm run start:production` starts it, and two
 * under PM2 behind Apache over HTTPS, as docs/DEPLOYMENT.md deploys them. Same data, same
 * PostgreSQL and Redis; the deployment has a Redis key prefix of its own, so its Socket.IO
 * adapter never joins the direct instance's.
 */
export const startMessagingApache: StartServer = async (settings) => {
  if (!settings.databaseUrl || !settings.redisUrl) {
    throw new Error('two instances need DATABASE_URL and REDIS_URL')
  }
  requireDeploymentTools()
  run('npm', ['run', 'build:backend'])
  const store = await prepareMessagingStore(settings)
  const direct = await startOnStore(settings, store, MESSAGING_APP_ENV, PRODUCTION_BUILD)
  try {
    const deployment = await startApacheDeployment(settings, store, MESSAGING_APP_ENV)
    return {
      origin: deployment.origin,
      directOrigin: direct.origin,
      stop: async () => {
        await deployment.stop()
        await direct.stop()
      },
    }
  } catch (error) {
    await direct.stop()
    throw error
  }
}
