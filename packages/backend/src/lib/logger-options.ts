import type { FastifyRequest } from 'fastify'
import type { LoggerOptions } from 'pino'
import type { Config } from '../config/config.ts'

/**
 * Secrets and personal identifiers never reach the logs: tokens, cookies, OTP codes,
 * passwords and phone numbers are censored wherever they appear in a logged object, and
 * signed links' signatures in logged request addresses.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.token',
  '*.code',
  '*.password',
  '*.phone',
  '*.identifier',
  '*.otp',
  '*.secret',
]

/** Query parameters that are credentials: a signed file link's `sig` (files module). */
const SECRET_QUERY = /([?&]sig=)[^&#]*/g

/** A request's address as logged: a signed link's proof in it is censored. */
function loggedUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]')
}

/** Fastify's own request serializer, but for the censored address. */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggedUrl(request.url),
    version: request.headers?.['accept-version'],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }
}

export function loggerOptions(config: Pick<Config, 'logLevel' | 'isProduction'>): LoggerOptions {
  // Readable lines for a person at a terminal in development; JSON everywhere else.
  const pretty = !config.isProduction && process.stdout.isTTY && config.logLevel !== 'silent'
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { req: serializeRequest },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
      : {}),
  }
}
