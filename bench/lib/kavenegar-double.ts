import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { BENCH_HOST } from '../servers/server.ts'
import { onExit } from './exit-cleanup.ts'

/** One text Kavenegar was asked to send to one receptor. */
export interface ReceivedSms {
  receptor: string
  /** `localid` of sms/send, Kavenegar's idempotency key (the app passes its delivery id). */
  localId?: string
  method: 'sms/send' | 'verify/lookup'
  /** Epoch ms, comparable with the bench's other clocks. */
  at: number
}

export interface KavenegarDouble {
  /** What the app's KAVENEGAR base URL setting points at. */
  baseUrl: string
  apiKey: string
  received: ReceivedSms[]
  stop(): Promise<void>
}

const now = () => performance.timeOrigin + performance.now()
const ROUTE = /^\/v1\/([^/]+)\/(sms\/send|verify\/lookup)\.json$/

/**
 * A local HTTP server speaking Kavenegar's REST API (https://kavenegar.com/rest.html): POST (or
 * GET) `/v1/{API-KEY}/sms/send.json` with `receptor` (comma-separated), `message`, `sender`,
 * `localid`; `/v1/{API-KEY}/verify/lookup.json` with `receptor`, `token`, `template`. It answers
 * HTTP 200 with `return.status` 200 and one entry per receptor, as Kavenegar does, and keeps
 * every receptor it was asked to reach so the bench can count missed and duplicate texts.
 */
export async function startKavenegarDouble(
  apiKey = 'bench-kavenegar-key',
): Promise<KavenegarDouble> {
  const received: ReceivedSms[] = []
  let nextMessageId = 1
  const server = createServer((request, response) => {
    void answer(request, response).catch(() =>
      reply(response, 500, { status: 500, message: 'error' }),
    )
  })

  async function answer(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://kavenegar')
    const route = ROUTE.exec(url.pathname)
    if (!route) return reply(response, 404, { status: 404, message: 'not found' })
    if (decodeURIComponent(route[1] ?? '') !== apiKey) {
      return reply(response, 401, { status: 401, message: 'invalid API key' })
    }
    const params = new URLSearchParams(url.search)
    for (const [key, value] of new URLSearchParams(await readBody(request))) params.set(key, value)
    const method = route[2] as ReceivedSms['method']
    const receptors = (params.get('receptor') ?? '').split(',').filter(Boolean)
    if (receptors.length === 0) return reply(response, 200, { status: 411, message: 'receptor' })
    const at = now()
    const localId = params.get('localid') ?? undefined
    const entries = receptors.map((receptor) => {
      received.push({ receptor, localId, method, at })
      return {
        messageid: nextMessageId++,
        message: params.get('message') ?? params.get('token') ?? '',
        status: 1,
        statustext: 'در صف ارسال',
        sender: params.get('sender') ?? '10004346',
        receptor,
        date: Math.floor(at / 1000),
        cost: 120,
      }
    })
    reply(response, 200, { status: 200, message: 'تایید شد' }, entries)
  }

  await new Promise<void>((resolve) => server.listen(0, BENCH_HOST, resolve))
  const { port } = server.address() as AddressInfo
  const forget = onExit(() => server.close())
  return {
    baseUrl: `http://${BENCH_HOST}:${port}`,
    apiKey,
    received,
    async stop() {
      forget()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

function reply(
  response: ServerResponse,
  httpStatus: number,
  result: { status: number; message: string },
  entries: unknown[] | null = null,
) {
  const body = JSON.stringify({ return: result, entries })
  response.writeHead(httpStatus, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  })
  response.end(body)
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
