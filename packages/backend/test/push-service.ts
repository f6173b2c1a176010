import { execFileSync } from 'node:child_process'
import { createECDH, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ece from 'http_ece'

export interface PushDelivery {
  path: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

export interface PushService {
  /** `https://127.0.0.1:<port>`; subscriptions live under `/push/<id>`. */
  origin: string
  /** The service's self-signed certificate, for the client's trust store. */
  certificate: string
  deliveries: PushDelivery[]
  /** Status per endpoint path (e.g. 410 for one that expired); 201 Created otherwise. */
  statusFor: Map<string, number>
  close(): Promise<void>
}

/** A self-signed certificate for 127.0.0.1, made with openssl for this run only. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'yy-push-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    )
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A stand-in for a browser vendor's push service (RFC 8030): it takes the encrypted POST,
 * records it, and answers 201 with a Location naming the message, or the status a test set.
 */
export async function startPushService(): Promise<PushService> {
  const { key, cert } = selfSignedCertificate()
  const deliveries: PushDelivery[] = []
  const statusFor = new Map<string, number>()
  let messages = 0
  const server: Server = createServer({ key, cert }, async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const path = request.url ?? '/'
    deliveries.push({ path, headers: request.headers, body: Buffer.concat(chunks) })
    const status = statusFor.get(path) ?? 201
    const headers = status === 201 ? { location: `${path}/messages/${++messages}` } : {}
    response.writeHead(status, headers)
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `https://127.0.0.1:${port}`,
    certificate: cert,
    deliveries,
    statusFor,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * What a browser does on `PushManager.subscribe()`: a P-256 key pair and an auth secret of its
 * own, and a subscription naming them. `decrypt` opens a payload as the browser would.
 */
export function browserSubscription(service: PushService, id: string) {
  const keys = createECDH('prime256v1')
  keys.generateKeys()
  const authSecret = randomBytes(16)
  return {
    subscription: {
      endpoint: `${service.origin}/push/${id}`,
      expirationTime: null,
      keys: {
        p256dh: keys.getPublicKey().toString('base64url'),
        auth: authSecret.toString('base64url'),
      },
    },
    path: `/push/${id}`,
    decrypt(body: Buffer): string {
      return ece
        .decrypt(body, { version: 'aes128gcm', privateKey: keys, authSecret })
        .toString('utf8')
    },
  }
}
