import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

interface FakePayment {
  amount: number
  state: 'created' | 'paid' | 'failed'
  /** What the payer's bank actually charged (normally the requested amount). */
  paidAmount: number
  verified: boolean
}

/** Scripted answer for the next verify call: a code, or a delay longer than the client waits. */
export type VerifyScript = { code: number } | { delayMs: number }

export interface FakeZarinpal {
  baseUrl: string
  merchantId: string
  requests: Array<Record<string, unknown>>
  verifies: Array<Record<string, unknown>>
  pay(authority: string, paidAmount?: number): void
  /** The payer gave up or the bank refused: inquiry answers FAILED from now on. */
  fail(authority: string): void
  scriptVerify(...scripts: VerifyScript[]): void
  close(): Promise<void>
}

/** A real node:http server that speaks the Zarinpal REST v4 contract (request, verify, inquiry). */
export async function startFakeZarinpal(merchantId = randomUuid()): Promise<FakeZarinpal> {
  const payments = new Map<string, FakePayment>()
  const scripts: VerifyScript[] = []
  const fake = {
    requests: [] as Array<Record<string, unknown>>,
    verifies: [] as Array<Record<string, unknown>>,
  }
  const server = createServer(async (req, res) => {
    const body = await readJson(req)
    const answer = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json))
    }
    const error = (code: number) =>
      answer(code === -9 ? 422 : 400, {
        data: [],
        errors: { code, message: `error ${code}`, validations: [] },
      })
    if (req.url === '/pg/v4/payment/request.json') {
      fake.requests.push(body)
      if (body.merchant_id !== merchantId) return error(-10)
      if (typeof body.amount !== 'number' || body.amount < 1000) return error(-9)
      const authority = `A${'0'.repeat(8)}${randomBytes(14).toString('hex')}`
      payments.set(authority, {
        amount: body.amount,
        state: 'created',
        paidAmount: body.amount,
        verified: false,
      })
      return answer(200, {
        data: { code: 100, message: 'Success', authority, fee_type: 'Merchant', fee: 0 },
        errors: [],
      })
    }
    if (req.url === '/pg/v4/payment/verify.json') {
      fake.verifies.push(body)
      const script = scripts.shift()
      if (script && 'delayMs' in script) await new Promise((r) => setTimeout(r, script.delayMs))
      if (script && 'code' in script && script.code < 0) return error(script.code)
      if (body.merchant_id !== merchantId) return error(-10)
      const payment = payments.get(String(body.authority))
      if (!payment) return error(-54)
      if (payment.state !== 'paid') return error(-51)
      if (payment.paidAmount !== body.amount) return error(-50)
      const code = script && 'code' in script ? script.code : payment.verified ? 101 : 100
      payment.verified = true
      return answer(200, {
        data: {
          code,
          message: 'Verified',
          card_hash: 'HASH',
          card_pan: '502229******5995',
          ref_id: 201,
          fee_type: 'Merchant',
          fee: 4_500,
        },
        errors: [],
      })
    }
    if (req.url === '/pg/v4/payment/inquiry.json') {
      if (body.merchant_id !== merchantId) return error(-10)
      const payment = payments.get(String(body.authority))
      if (!payment) return error(-54)
      const status = { created: 'IN_BANK', failed: 'FAILED', paid: 'PAID' }[payment.state]
      return answer(200, {
        data: { code: 100, message: 'Success', status: payment.verified ? 'VERIFIED' : status },
        errors: [],
      })
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    merchantId,
    ...fake,
    pay(authority, paidAmount) {
      const payment = payments.get(authority)
      if (!payment) throw new Error(`unknown authority ${authority}`)
      payment.state = 'paid'
      payment.paidAmount = paidAmount ?? payment.amount
    },
    fail(authority) {
      const payment = payments.get(authority)
      if (!payment) throw new Error(`unknown authority ${authority}`)
      payment.state = 'failed'
    },
    scriptVerify: (...next) => scripts.push(...next),
    close: () => closeServer(server),
  }
}

function randomUuid() {
  const hex = randomBytes(16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}
