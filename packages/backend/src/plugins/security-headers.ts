import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config/config.ts'
import { PROBE_PATHS } from '../modules/health/probe-paths.ts'

type Headers = Readonly<Record<string, string>>

/**
 * A CSP that allows only our own origin: the front ends are built bundles with no inline
 * script, Vazirmatn is self-hosted, and Socket.IO connects back to the same origin.
 */
export function contentSecurityPolicy(config: Pick<Config, 'isProduction'>): string {
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    // React sets element.style for a few layout values; attributes only, never <style> tags.
    ['style-src-attr', "'unsafe-inline'"],
    // Uploads (avatars, photos) are served from this origin whatever the storage (the backend
    // streams S3 objects too), so no bucket or CDN origin is needed; blob: is the crop preview.
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]
  const policy = directives.map(([name, value]) => `${name} ${value}`)
  if (config.isProduction) policy.push('upgrade-insecure-requests')
  return policy.join(';')
}

/**
 * Two fixed header sets, built once at boot. Every response gets the API set: no MIME
 * sniffing, no referrer, no framing, no cross-origin reads, and HSTS in production. Pages
 * (the front ends, the docs UI) also get the ones that only mean something to a document.
 */
export function securityHeaderSets(config: Pick<Config, 'isProduction'>) {
  const api: Headers = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'SAMEORIGIN',
    'cross-origin-resource-policy': 'same-origin',
    ...(config.isProduction
      ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
      : {}),
  }
  const document: Headers = {
    ...api,
    'content-security-policy': contentSecurityPolicy(config),
    'cross-origin-opener-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  }
  return { api, document }
}

/** JSON endpoints; everything else (front ends, docs UI, their 404s) may render as a page. */
function isJsonEndpoint(url: string): boolean {
  if (url.startsWith('/api/')) return !url.startsWith('/api/docs')
  return url.startsWith('/healthz') || url.startsWith('/readyz')
}

/**
 * One synchronous onRequest hook for all per-response headers. It replaces @fastify/helmet,
 * which rebuilt its middleware chain on every request, and a separate onSend hook for the
 * request id; headers set here survive into error replies too. Probes go bare (PROBE_PATHS
 * says why).
 */
export const securityHeadersPlugin = fp(
  async (app: FastifyInstance, { config }: { config: Pick<Config, 'isProduction'> }) => {
    const { api, document } = securityHeaderSets(config)
    app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done) => {
      if (PROBE_PATHS.has(request.url)) return done()
      reply.headers(isJsonEndpoint(request.url) ? api : document)
      reply.header('x-request-id', request.id)
      done()
    })
  },
  { name: 'security-headers' },
)
