import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface KavenegarRequest {
  /** `verify/lookup` or `sms/send`. */
  method: string
  apiKey: string
  params: Record<string, string>
}

/** How the next calls are answered: Kavenegar's own status inside HTTP 200, or a bare 5xx. */
export type KavenegarAnswer =
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'http'; httpStatus: number }

export interface KavenegarServer {
  baseUrl: string
  requests: KavenegarRequest[]
  /** Answers queued here are used first, one per call; then every call succeeds. */
  answers: KavenegarAnswer[]
  close(): Promise<void>
}

async function readRequest(request: IncomingMessage): Promise<KavenegarRequest> {
  let body = ''
  for await (const chunk of request) body += chunk
  const url = new URL(request.url ?? '/', 'http://localhost')
  // /v1/<api-key>/<verify/lookup | sms/send>.json, as api.kavenegar.com routes them
  const [, version, apiKey = '', ...rest] = url.pathname.split('/')
  const method = version === 'v1' ? rest.join('/').replace(/\.json$/, '') : ''
  return { method, apiKey, params: Object.fromEntries(new URLSearchParams(body)) }
}

function reply(response: ServerResponse, httpStatus: number, body: unknown): void {
  response.writeHead(httpStatus, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

/**
 * A stand-in for api.kavenegar.com speaking its REST protocol: form-encoded POSTs to
 * `/v1/{API-KEY}/{method}.json`, answers `{ return: { status, message }, entries }` with HTTP
 * 200 even when it refuses (the status says so), and can also fail at the HTTP level.
 */
export async function startKavenegarServer(): Promise<KavenegarServer> {
  const requests: KavenegarRequest[] = []
  const answers: KavenegarAnswer[] = []
  let nextMessageId = 8_792_343
  const server: Server = createServer(async (request, response) => {
    const received = await readRequest(request)
    requests.push(received)
    const answer = answers.shift()
    if (answer?.kind === 'http') {
      response.writeHead(answer.httpStatus, { 'content-type': 'text/html' })
      response.end('<html>upstream error</html>')
      return
    }
    if (answer?.kind === 'status') {
      const message = answer.message ?? 'refused'
      reply(response, 200, { return: { status: answer.status, message }, entries: null })
      return
    }
    const entry = {
      messageid: nextMessageId++,
      message: received.params.message ?? received.params.token ?? '',
      status: 5,
      statustext: 'ارسال به مخابرات',
      sender: received.params.sender ?? '10004346',
      receptor: received.params.receptor,
      date: Math.floor(Date.now() / 1000),
      cost: 120,
    }
    reply(response, 200, { return: { status: 200, message: 'تایید شد' }, entries: [entry] })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answers,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
