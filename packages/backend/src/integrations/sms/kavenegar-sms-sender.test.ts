import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { otpSmsText } from '../messages/otp-message.ts'
import { KavenegarError, KavenegarSmsSender, toKavenegarReceptor } from './kavenegar-sms-sender.ts'

const API_KEY = '6A3F-test-key-7B2C'
const CODE = '482913'

interface ReceivedRequest {
  method: string
  path: string
  search: string
  contentType: string
  params: Record<string, string>
}

type Handler = (request: ReceivedRequest, response: ServerResponse) => void

const ok: Handler = (_request, response) =>
  reply(response, 200, { status: 200, message: 'تایید شد' }, [{ messageid: 8792343, status: 5 }])

function reply(
  response: ServerResponse,
  status: number,
  result: { status: number; message: string },
  entries: unknown = null,
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify({ return: result, entries }))
}

async function readRequest(request: IncomingMessage): Promise<ReceivedRequest> {
  let body = ''
  for await (const chunk of request) body += chunk
  const url = new URL(request.url ?? '/', 'http://localhost')
  return {
    method: request.method ?? '',
    path: url.pathname,
    search: url.search,
    contentType: request.headers['content-type'] ?? '',
    params: Object.fromEntries(new URLSearchParams(body)),
  }
}

// A stand-in for api.kavenegar.com that records what it receives and answers as each test says.
let server: Server
let baseUrl: string
let handler: Handler = ok
const received: ReceivedRequest[] = []

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const parsed = await readRequest(request)
    received.push(parsed)
    handler(parsed, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(() => {
  handler = ok
  received.length = 0
  server.closeAllConnections()
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

function sender(overrides: Partial<ConstructorParameters<typeof KavenegarSmsSender>[0]> = {}) {
  return new KavenegarSmsSender({
    apiKey: API_KEY,
    otpTemplate: 'yekta-otp',
    sender: '10008663',
    baseUrl,
    ...overrides,
  })
}

async function failureOf(promise: Promise<unknown>): Promise<KavenegarError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(KavenegarError)
  const message = (error as KavenegarError).message
  expect(message).not.toContain(API_KEY)
  expect(message).not.toContain(CODE)
  return error as KavenegarError
}

describe('KavenegarSmsSender.sendOtp with a template', () => {
  it('posts receptor, token and template to verify/lookup, nothing in the query string', async () => {
    await sender().sendOtp('+989121234567', CODE, 'fa')
    expect(received).toEqual([
      {
        method: 'POST',
        path: `/v1/${API_KEY}/verify/lookup.json`,
        search: '',
        contentType: expect.stringContaining('application/x-www-form-urlencoded'),
        params: { receptor: '09121234567', token: CODE, template: 'yekta-otp' },
      },
    ])
  })

  it('accepts a base URL with a trailing slash', async () => {
    await sender({ baseUrl: `${baseUrl}/` }).sendOtp('09121234567', CODE, 'fa')
    expect(received[0]?.path).toBe(`/v1/${API_KEY}/verify/lookup.json`)
  })
})

describe('KavenegarSmsSender.sendOtp without a template', () => {
  it('sends our own text in the requested language through sms/send', async () => {
    await sender({ otpTemplate: undefined }).sendOtp('+989121234567', CODE, 'en')
    expect(received[0]?.path).toBe(`/v1/${API_KEY}/sms/send.json`)
    expect(received[0]?.params).toEqual({
      receptor: '09121234567',
      sender: '10008663',
      message: otpSmsText(CODE, 'en'),
    })
  })
})

describe('KavenegarSmsSender.send', () => {
  it('posts receptor, sender and a UTF-8 message to sms/send', async () => {
    await sender().send('+989351112233', 'نوبت شما فردا ساعت ۱۰ است.')
    expect(received).toEqual([
      {
        method: 'POST',
        path: `/v1/${API_KEY}/sms/send.json`,
        search: '',
        contentType: expect.stringContaining('application/x-www-form-urlencoded'),
        params: {
          receptor: '09351112233',
          sender: '10008663',
          message: 'نوبت شما فردا ساعت ۱۰ است.',
        },
      },
    ])
  })

  it('answers the message id of the first entry', async () => {
    expect(await sender().send('+989351112233', 'hi')).toEqual({ messageId: '8792343' })
  })

  it('answers no message id when Kavenegar lists no entry', async () => {
    handler = (_request, response) => reply(response, 200, { status: 200, message: 'ok' }, [])
    expect(await sender().send('+989351112233', 'hi')).toEqual({ messageId: null })
  })

  it('leaves the sender out when none is configured', async () => {
    await sender({ sender: undefined }).send('+989351112233', 'hi')
    expect(received[0]?.params).toEqual({ receptor: '09351112233', message: 'hi' })
  })
})

describe('KavenegarSmsSender.sendTemplate', () => {
  it('posts the template and up to three tokens to verify/lookup', async () => {
    const receipt = await sender().sendTemplate('+989121234567', 'yekta-reminder', ['a', 'b', 'c'])
    expect(received[0]?.path).toBe(`/v1/${API_KEY}/verify/lookup.json`)
    expect(received[0]?.params).toEqual({
      receptor: '09121234567',
      template: 'yekta-reminder',
      token: 'a',
      token2: 'b',
      token3: 'c',
    })
    expect(receipt).toEqual({ messageId: '8792343' })
  })

  it('refuses more than three tokens, for good, without calling Kavenegar', async () => {
    const error = await failureOf(sender().sendTemplate('+989121234567', 't', ['1', '2', '3', '4']))
    expect(error.permanent).toBe(true)
    expect(received).toEqual([])
  })
})

describe('KavenegarError.permanent', () => {
  it.each([411, 412, 413, 422, 424, 431, 432])('is true for status %i', (status) => {
    expect(new KavenegarError(status, 'x').permanent).toBe(true)
  })

  it.each([0, 401, 403, 409, 418, 500, 502, 503])('is false for status %i', (status) => {
    expect(new KavenegarError(status, 'x').permanent).toBe(false)
  })
})

describe('KavenegarSmsSender errors', () => {
  it('turns an error status into an error with status and message', async () => {
    handler = (_request, response) =>
      reply(response, 424, { status: 424, message: 'template not found' })
    const error = await failureOf(sender().sendOtp('+989121234567', CODE, 'fa'))
    expect(error.status).toBe(424)
    expect(error.message).toContain('424')
    expect(error.message).toContain('template not found')
  })

  it('treats a failure status inside an HTTP 200 answer as a failure', async () => {
    handler = (_request, response) => reply(response, 200, { status: 418, message: 'no credit' })
    const error = await failureOf(sender().send('+989121234567', 'hi'))
    expect(error.status).toBe(418)
  })

  it('scrubs the API key and the code even when the provider echoes them', async () => {
    handler = (_request, response) =>
      reply(response, 431, { status: 431, message: `bad token ${CODE} for key ${API_KEY}` })
    const error = await failureOf(sender().sendOtp('+989121234567', CODE, 'fa'))
    expect(error.message).toContain('[redacted]')
  })

  it('reports an answer that is not Kavenegar JSON by its HTTP status', async () => {
    handler = (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end(`<html>Bad gateway for /v1/${API_KEY}/</html>`)
    }
    const error = await failureOf(sender().sendOtp('+989121234567', CODE, 'fa'))
    expect(error.status).toBe(502)
  })

  it('gives up after the timeout', async () => {
    handler = () => {}
    const error = await failureOf(sender({ timeoutMs: 100 }).sendOtp('+989121234567', CODE, 'fa'))
    expect(error.status).toBe(0)
    expect(error.message).toContain('timed out after 100 ms')
  })

  it('gives up on an answer whose body stalls half-way', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"return":')
    }
    const error = await failureOf(sender({ timeoutMs: 150 }).sendOtp('+989121234567', CODE, 'fa'))
    expect(error.message).toContain('timed out after 150 ms')
  })

  it('reports an unreachable server without the key', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const error = await failureOf(
      sender({ baseUrl: `http://127.0.0.1:${port}` }).sendOtp('+989121234567', CODE, 'fa'),
    )
    expect(error.status).toBe(0)
  })

  it('refuses numbers Kavenegar cannot reach without calling it', async () => {
    await failureOf(sender().send('+441234567890', 'hi'))
    expect(received).toEqual([])
  })

  it('refuses to start without an API key', () => {
    expect(() => sender({ apiKey: '' })).toThrow('API key')
  })
})

describe('toKavenegarReceptor', () => {
  it('turns any accepted spelling into the national form', () => {
    expect(toKavenegarReceptor('+989121234567')).toBe('09121234567')
    expect(toKavenegarReceptor('۰۹۱۲ ۱۲۳ ۴۵۶۷')).toBe('09121234567')
  })
})
