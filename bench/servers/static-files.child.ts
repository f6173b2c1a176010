import { mkdirSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'

// The baseline of file downloads: @fastify/static serving the app's stored files straight from
// disk, with no session, no file row and no membership check, so the ratio shows what the
// app's checks and headers cost on top of reading the same bytes.
const root = process.env.STATIC_ROOT ?? ''
mkdirSync(root, { recursive: true })
const app = Fastify({ logger: false })
await app.register(fastifyStatic, { root })
app.get('/healthz', () => ({ ok: true }))
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST })
