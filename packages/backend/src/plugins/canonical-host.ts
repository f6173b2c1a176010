import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config/config.ts'

const LOOPBACK_NAMES = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/

const hostnameOf = (host: string) => host.replace(/:\d+$/, '').toLowerCase()

/** A page a browser navigates to, not a call of the API, the probes or the socket. */
function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (!request.headers.accept?.includes('text/html')) return false
  return !/^\/(api|socket\.io)(\/|$)/.test(request.url)
}

/**
 * One address on a developer's machine: `localhost` and `127.0.0.1` are different sites to a
 * browser (cookies, storage), so a person who opened the other loopback name would come back
 * from the payment gateway (which returns to PUBLIC_URL) signed out. Pages asked for under the
 * other loopback name are sent to PUBLIC_URL's; the target is PUBLIC_URL and the request's own
 * path, so nothing in the request can point the redirect elsewhere. Only when both names are
 * loopback: a public deployment is never redirected by this.
 */
export const canonicalHostPlugin = fp(
  async (app: FastifyInstance, { config }: { config: Pick<Config, 'publicUrl'> }) => {
    const canonical = new URL(config.publicUrl)
    if (!LOOPBACK_NAMES.test(canonical.hostname)) return
    app.addHook('onRequest', (request, reply, done) => {
      const hostname = hostnameOf(request.headers.host ?? '')
      if (hostname === canonical.hostname || !LOOPBACK_NAMES.test(hostname)) return done()
      if (!isPageRequest(request)) return done()
      reply.redirect(`${canonical.origin}${request.url}`, 308)
    })
  },
  { name: 'canonical-host' },
)
