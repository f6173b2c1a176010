import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import compress from '@fastify/compress'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staticAppsPlugin } from './static-apps.ts'

// Big enough for @fastify/compress to act on (its threshold is 1 KB in http-hardening.ts).
const SCRIPT = `export const greeting = ${JSON.stringify('سلام '.repeat(2000))}\n`
const STYLES = `.card{padding:1rem}\n`.repeat(200)
const INDEX = `<!doctype html><html lang="fa"><title>یکتایار</title>${'<p>متن</p>'.repeat(300)}</html>`

const LESSON = INDEX.replace(
  '<title>',
  '<link rel="modulepreload" href="/assets/lesson-1.js"><title>',
)

let dist: string
let app: FastifyInstance

/** A build as tools/precompress.ts leaves it: the script and index.html have .br and .gz. */
function writeBuild(root: string) {
  mkdirSync(join(root, 'assets'), { recursive: true })
  const write = (file: string, text: string, precompressed: boolean) => {
    writeFileSync(join(root, file), text)
    if (!precompressed) return
    writeFileSync(join(root, `${file}.br`), brotliCompressSync(text))
    writeFileSync(join(root, `${file}.gz`), gzipSync(text))
  }
  write('index.html', INDEX, true)
  write('assets/index-a1b2c3.js', SCRIPT, true)
  write('assets/index-d4e5f6.css', STYLES, false)
  write('sw.js', SCRIPT, true)
  write('lesson.html', LESSON, true)
  write(
    'route-documents.json',
    JSON.stringify([
      { file: 'lesson.html', pathPattern: '^/courses/[^/]+/lessons/[^/]+/?$' },
      // Named by the build, yet missing from it: index.html is sent instead.
      { file: 'courses.html', pathPattern: '^/courses/?$' },
    ]),
    false,
  )
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'yektayar-static-'))
  writeBuild(dist)
  app = Fastify()
  // As in http-hardening.ts, so the two plugins are tested together.
  await app.register(compress, { threshold: 1024 })
  await app.register(staticAppsPlugin, {
    enabled: true,
    webAppDist: dist,
    adminPanelDist: join(dist, 'no-admin'),
  })
  await app.ready()
})

afterAll(async () => {
  await app?.close()
  rmSync(dist, { recursive: true, force: true })
})

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers })

describe('static apps: pre-compressed files', () => {
  it('sends the .br of a hashed script to a browser that accepts brotli, cached for a year', async () => {
    const response = await get('/assets/index-a1b2c3.js', { 'accept-encoding': 'gzip, br' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/)
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(response.headers.vary).toMatch(/accept-encoding/i)
    // Compressed once: one decompression gives the file back.
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(SCRIPT)
  })

  it('sends the .gz to a browser that accepts gzip only', async () => {
    const response = await get('/assets/index-a1b2c3.js', { 'accept-encoding': 'gzip' })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(SCRIPT)
  })

  it('sends the file itself to a client that accepts no encoding', async () => {
    const response = await get('/assets/index-a1b2c3.js')
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body).toBe(SCRIPT)
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('compresses on the fly a file the build left without copies', async () => {
    const response = await get('/assets/index-d4e5f6.css', { 'accept-encoding': 'br' })
    expect(response.headers['content-type']).toMatch(/^text\/css/)
    expect(response.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(STYLES)
  })

  it('sends index.html compressed and revalidated, at / and for client-side routes', async () => {
    for (const url of ['/', '/psychologists', '/sign-in?next=%2Fdashboard']) {
      const response = await get(url, { accept: 'text/html', 'accept-encoding': 'br, gzip' })
      expect(response.statusCode, url).toBe(200)
      expect(response.headers['content-type'], url).toMatch(/^text\/html/)
      expect(response.headers['content-encoding'], url).toBe('br')
      expect(response.headers['cache-control'], url).toBe('no-cache')
      expect(brotliDecompressSync(response.rawPayload).toString('utf8'), url).toBe(INDEX)
    }
  })

  it('sends a route its own document where the build wrote one (its page chunks preloaded)', async () => {
    const lesson = await get('/courses/c1/lessons/l2?from=thread', { accept: 'text/html' })
    expect(lesson.statusCode).toBe(200)
    expect(lesson.headers['cache-control']).toBe('no-cache')
    expect(lesson.body).toBe(LESSON)
    for (const url of ['/courses', '/courses/c1/lessons', '/courses/c1/lessons/l2/x']) {
      const other = await get(url, { accept: 'text/html' })
      expect(other.body, url).toBe(INDEX)
    }
  })

  it('never caches unhashed files such as the service worker for long', async () => {
    const response = await get('/sw.js', { 'accept-encoding': 'br' })
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('answers a missing asset with a problem+json 404, not index.html', async () => {
    const response = await get('/assets/missing-000000.js', { 'accept-encoding': 'br' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  })
})
