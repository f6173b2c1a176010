import type { LoggerOptions } from 'pino'
import type { Config } from '../config/config.ts'

/**
 * Secrets and personal identifiers never reach the logs: tokens, cookies, OTP codes,
 * passwords and phone numbers are censored wherever they appear in a logged object.
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

export function loggerOptions(config: Pick<Config, 'logLevel' | 'isProduction'>): LoggerOptions {
  // Readable lines for a person at a terminal in development; JSON everywhere else.
  const pretty = !config.isProduction && process.stdout.isTTY && config.logLevel !== 'silent'
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
      : {}),
  }
}
