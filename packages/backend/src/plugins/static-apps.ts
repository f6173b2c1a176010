import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { problemOf, sendProblem } from './problem-details.ts'

const packagesDir = fileURLToPath(new URL('../../../', import.meta.url))
export const WEB_APP_DIST = `${packagesDir}web-app/dist`
export const ADMIN_PANEL_DIST = `${packagesDir}admin-panel/dist`

const IMMUTABLE = 'public, max-age=31536000, immutable'

function wantsHtml(request: FastifyRequest): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')
}

function isApiPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/socket.io')
}

export interface StaticAppsOptions {
  enabled: boolean
  /** The built apps' folders; tests point them at fixtures. */
  webAppDist?: string
  adminPanelDist?: string
}

/**
 * Serves the built front ends (web-app at /, admin-panel at /admin) with long caching for
 * hashed assets, and falls back to each app's index.html for its client-side routes. Anything
 * else unknown is a problem+json 404. The build writes a .br and a .gz beside each text file
 * (web-app tools/precompress.ts); those are sent as they are to browsers that accept them, and
 * anything without one is compressed on the fly by @fastify/compress.
 */
export const staticAppsPlugin = fp(
  async (
    app: FastifyInstance,
    { enabled, webAppDist = WEB_APP_DIST, adminPanelDist = ADMIN_PANEL_DIST }: StaticAppsOptions,
  ) => {
    const hasWeb = enabled && existsSync(`${webAppDist}/index.html`)
    const hasAdmin = enabled && existsSync(`${adminPanelDist}/index.html`)
    if (enabled && !hasWeb) app.log.warn('web-app is not built; run `npm run build`')
    if (hasWeb) await registerApp(app, webAppDist, '/', true)
    const documents = routeDocumentsOf(hasWeb ? webAppDist : undefined)
    if (hasAdmin) await registerApp(app, adminPanelDist, '/admin/', !hasWeb)

    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      if (!isApiPath(request.url) && wantsHtml(request)) {
        const admin = request.url === '/admin' || request.url.startsWith('/admin/')
        if (admin && hasAdmin) return reply.sendFile('index.html', adminPanelDist, noStore())
        if (!admin && hasWeb) {
          return reply.sendFile(documents.for(request.url), webAppDist, noStore())
        }
      }
      return sendProblem(reply, problemOf(request, 'NOT_FOUND'))
    })
  },
  { name: 'static-apps' },
)

function noStore() {
  return { cacheControl: false, headers: { 'cache-control': 'no-cache' } } as const
}

async function registerApp(app: FastifyInstance, root: string, prefix: string, decorate: boolean) {
  await app.register(fastifyStatic, {
    root,
    prefix,
    decorateReply: decorate,
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, filePath) {
      const hashed = filePath.includes('/assets/')
      res.header('cache-control', hashed ? IMMUTABLE : 'no-cache')
    },
  })
}

interface RouteDocuments {
  /** The built document for this URL: a route's own (preloading its page), else index.html. */
  for(url: string): string
}

/**
 * The web app's build names documents for some routes (tools/route-documents.ts): the same
 * shell, with that route's page chunks preloaded. Read once; a build without them serves
 * index.html for every route as before.
 */
function routeDocumentsOf(dist: string | undefined): RouteDocuments {
  const table =
    dist && existsSync(`${dist}/route-documents.json`)
      ? (JSON.parse(readFileSync(`${dist}/route-documents.json`, 'utf8')) as Array<{
          file: string
          pathPattern: string
        }>)
      : []
  const routes = table
    .filter(({ file }) => /^[a-z-]+\.html$/.test(file) && existsSync(`${dist}/${file}`))
    .map(({ file, pathPattern }) => ({ file, pattern: new RegExp(pathPattern) }))
  return {
    for(url) {
      const path = url.split('?')[0] ?? url
      return routes.find((route) => route.pattern.test(path))?.file ?? 'index.html'
    },
  }
}
