import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { closeConnectionsOnceIdle } from '../lib/close-idle-connections.ts'
import { useSocketAuth } from './socket-auth.ts'
import { createSocketServer } from './socket-server.ts'

/**
 * Socket.IO on the app's HTTP server as `app.io`, authenticated like HTTP (socket-auth.ts).
 * Registered at the root before the modules; a module adds its events in its own plugin with
 * onAuthenticatedSocket (messaging.plugin.ts).
 */
export const socketPlugin = fp(
  async (app: FastifyInstance) => {
    // The streams adapter blocks on XREAD, so it gets a connection of its own.
    const adapterRedis = app.redis?.duplicate({ keyPrefix: '' })
    app.decorate('io', createSocketServer({ config: app.config, redis: adapterRedis }))
    app.io.attach(app.server)
    useSocketAuth(app.io, app)
    app.addHook('onClose', async () => {
      adapterRedis?.disconnect()
    })
    // Open sockets and answered keep-alive connections would keep server.close() waiting; end
    // them as soon as they are done so shutdown drains quickly. Closing the transports (not
    // io.disconnectSockets, which the Redis adapter applies to every instance) lets clients
    // reconnect on their own, to another instance or to this one once restarted.
    let stopClosingIdle = () => {}
    app.addHook('preClose', async () => {
      app.io.engine.close()
      stopClosingIdle = closeConnectionsOnceIdle(app.server)
    })
    app.addHook('onClose', async () => stopClosingIdle())
  },
  { name: 'socket-io', dependencies: ['identity'] },
)
