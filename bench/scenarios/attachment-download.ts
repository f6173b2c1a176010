import { multipartBody, noisyPhoto } from '../../packages/backend/test/file-fixtures.ts'
import { autocannonLoad } from '../lib/autocannon-load.ts'
import { httpScenario } from '../lib/http-scenario.ts'
import {
  BENCH_PSYCHOLOGISTS,
  benchThreadId,
  benchToken,
  FIRST_PAIR_THREAD,
} from '../lib/messaging-seed-sql.ts'
import type { Scenario, Target } from '../scenario.ts'

// The first pair thread: two patients, bench users 500 and 501 (see messaging-seed-sql.ts).
const SENDER = BENCH_PSYCHOLOGISTS
const READER = BENCH_PSYCHOLOGISTS + 1
const THREAD = benchThreadId(FIRST_PAIR_THREAD)
/** A picture whose WebP (what the app keeps) is about 200 KB. */
const WIDTH = 900
const HEIGHT = 675
const NOISE = 64

const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

async function call(origin: string, path: string, user: number, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${benchToken(user)}`)
  const response = await fetch(`${origin}${path}`, { ...init, headers })
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
  return response
}

const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

/**
 * Through the API, as the web app does it: a message in the thread, a picture uploaded as an
 * attachment and attached to it. Checks that the reader gets it and that @fastify/static serves
 * the very same stored bytes.
 */
async function seedAttachment({ origin, staticFilesOrigin }: Target) {
  if (!staticFilesOrigin) throw new Error('attachment-download needs the files-app server')
  const sent = await call(origin, `/api/v1/threads/${THREAD}/messages`, SENDER, {
    method: 'POST',
    ...json({ content: 'عکس نسخه را فرستادم' }),
  })
  const messageId = ((await sent.json()) as { message: { id: string } }).message.id
  const picture = await noisyPhoto(WIDTH, HEIGHT, NOISE).jpeg({ quality: 90 }).toBuffer()
  const form = multipartBody([
    { name: 'purpose', value: 'attachment' },
    { name: 'file', filename: 'prescription.jpg', contentType: 'image/jpeg', data: picture },
  ])
  const uploaded = await call(origin, '/api/v1/files', SENDER, {
    method: 'POST',
    headers: form.headers,
    body: form.payload,
  })
  const file = (await uploaded.json()) as { id: string; size: number }
  await call(origin, `/api/v1/files/${file.id}/message`, SENDER, {
    method: 'PUT',
    ...json({ messageId }),
  })
  const read = await call(origin, `/api/v1/files/${file.id}`, READER)
  const bytes = Buffer.from(await read.arrayBuffer())
  // The app keeps images as `attachment/<id>.webp` under its files folder.
  const staticUrl = `${staticFilesOrigin}/attachment/${file.id}.webp`
  const plain = Buffer.from(await (await fetch(staticUrl)).arrayBuffer())
  if (bytes.length !== file.size || !plain.equals(bytes)) {
    throw new Error(`the reader got ${bytes.length} bytes, static ${plain.length}, of ${file.size}`)
  }
  log(
    `attachment: ${(file.size / 1024).toFixed(0)} KB WebP (from a ${(picture.length / 1024).toFixed(0)} KB JPEG)`,
  )
  return { fileId: file.id, staticUrl }
}

/**
 * A thread member downloading a 200 KB picture attachment, against @fastify/static serving the
 * same file from disk with no checks at all. Every request is the app's full path: session,
 * file row, thread membership, headers, then the bytes streamed from disk.
 */
export const attachmentDownload = httpScenario({
  name: 'GET /api/v1/files/:id (200 KB attachment; ratio to @fastify/static)',
  server: 'files-app',
  budget: { minRatio: 0.5, maxP99Ms: 50 },
  setup: seedAttachment,
  request: ({ fileId }) => ({
    path: `/api/v1/files/${fileId}`,
    headers: { authorization: `Bearer ${benchToken(READER)}` },
  }),
  baselineUrl: ({ staticUrl }) => staticUrl,
})

/**
 * Not the app: the same picture served from memory by a bare route, against @fastify/static.
 * What any server on this machine gets at this many connections, so the app's p99 is read
 * against the machine's, not against a number alone.
 */
export const attachmentCeiling: Scenario = {
  name: 'ceiling: the same 200 KB from memory without checks (ratio to @fastify/static)',
  server: 'files-app',
  pinned: true,
  async measure(target) {
    const { staticUrl } = await seedAttachment(target)
    const path = new URL(staticUrl).pathname
    const origin = new URL(staticUrl).origin
    return autocannonLoad({ ...target, origin }, { path: `/memory${path}` }, staticUrl)
  },
}
