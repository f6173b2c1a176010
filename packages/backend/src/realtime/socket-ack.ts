import type { Ack, ErrorCode, MessagingClientEvents } from '@yektayar/shared'
import type { FastifyBaseLogger } from 'fastify'
import type { ZodType } from 'zod'
import { AppError, type Locale, messageOfCode } from '../lib/app-error.ts'
import type { AppSocket } from './socket-server.ts'

export function ackFailure(code: ErrorCode, locale: Locale): Ack<never> {
  return { ok: false, error: { code, message: messageOfCode(code, locale) } }
}

function ackFailureOf(error: unknown, locale: Locale): Ack<never> {
  return ackFailure(error instanceof AppError ? error.code : 'INTERNAL', locale)
}

export interface ClientEventOptions {
  locale: Locale
  log: FastifyBaseLogger
}

/**
 * A client event with a shared-schema payload and an optional acknowledgement. Nothing a client
 * sends can throw out of here: a bad payload or a failure answers `{ ok: false, error }` (when
 * the client asked for an answer) and the connection carries on.
 */
export function onClientEvent<T>(
  socket: AppSocket,
  event: keyof MessagingClientEvents,
  schema: ZodType<T>,
  handler: (payload: T) => Promise<unknown>,
  { locale, log }: ClientEventOptions,
): void {
  socket.on(event, (...args: unknown[]) => {
    const last = args.at(-1)
    const ack = typeof last === 'function' ? (last as (answer: unknown) => void) : undefined
    const parsed = schema.safeParse(args[0])
    if (!parsed.success) {
      ack?.(ackFailure('VALIDATION_FAILED', locale))
      return
    }
    handler(parsed.data).then(
      (data) => ack?.({ ok: true, data }),
      (error: unknown) => {
        if (!(error instanceof AppError) || error.status >= 500) {
          log.error({ err: error, event }, 'socket event failed')
        }
        ack?.(ackFailureOf(error, locale))
      },
    )
  })
}
