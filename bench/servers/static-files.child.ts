import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'

// The baseline of file downloads: @fastify/static serving the app's stored files straight from
// disk, with no session, no file row and no membership check, so the ratio shows what the
// app's checks and headers cost on top of reading the same bytes.
const root = process.env.STATIC_ROOT ?? ''
mkdirSync(root, { recursive: true })
const app = Fastify({ logger: false })
await app.register(fastifyStatic, { root })
// The ceiling: the same bytes from memory, read once, with nothing else done per request.
const held = new Map<string, Buffer>()
app.get<{ Params: { folder: string; name: string } }>('/memory/:folder/:name', (request, reply) => {
  const path = join(request.params.folder, request.params.name)
  const bytes = held.get(path) ?? readFileSync(join(root, path))
  held.set(path, bytes)
  return reply.type('image/webp').send(bytes)
})
app.get('/healthz', () => ({ ok: true }))
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST })
