import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createEmailSender } from '../integrations/email/create-email-sender.ts'
import type { EmailSender } from '../integrations/email/email-sender.ts'
import { SmtpEmailSender } from '../integrations/email/smtp-email-sender.ts'
import { DevOutbox } from '../integrations/outbox/dev-outbox.ts'
import { printToConsole } from '../integrations/outbox/outbox-console.ts'
import { createSmsSender } from '../integrations/sms/create-sms-sender.ts'
import type { SmsSender } from '../integrations/sms/sms-sender.ts'
import { AppError } from '../lib/app-error.ts'
import { type CounterStore, memoryCounterStore, redisCounterStore } from '../lib/counter-store.ts'
import {
  type CachedSessions,
  cachedSessions,
  type SessionResolver,
} from '../modules/sessions/session.service.ts'
import { SessionCache } from '../modules/sessions/session-cache.ts'
import { SessionInvalidation } from '../modules/sessions/session-invalidation.ts'
import { type SessionLinks, sessionLinks } from '../modules/sessions/session-link.service.ts'

const VERBOSE_LEVELS = new Set(['info', 'debug', 'trace'])

/** Per-application identity machinery: providers, the dev outbox, counters, the session cache. */
export interface Identity {
  outbox: DevOutbox
  sms: SmsSender
  email: EmailSender
  counters: CounterStore
  invalidation: SessionInvalidation
  /** Token → identity, through the session cache. HTTP and Socket.IO both use this. */
  resolve: SessionResolver
  /** The cached identity without waiting; undefined when the database must be asked. */
  peekSession: CachedSessions['peek']
  /** Signed links to what a session may download, for clients whose session <img> cannot send. */
  links: SessionLinks
}

declare module 'fastify' {
  interface FastifyInstance {
    identity: Identity
  }
}

/**
 * Registered at the root so Socket.IO and every route scope share one cache and one set of
 * providers. Also registers @fastify/rate-limit (per-route limits only, on Redis when set); its
 * key is `request.ip`, which honours X-Forwarded-For only from TRUSTED_PROXIES (trustProxy).
 */
export const identityPlugin = fp(
  async (app: FastifyInstance) => {
    const { config, redis } = app
    // Printed like an info line for a person at the terminal; quieter levels (tests, e2e and
    // the bench) keep them to the outbox.
    const printCodes = config.identity.devOutbox && VERBOSE_LEVELS.has(config.logLevel)
    const outbox = new DevOutbox({ onAdd: printCodes ? printToConsole : undefined })
    const senderDeps = { outbox, logger: app.log }
    const cache = new SessionCache(config.identity.sessionCacheSeconds * 1000)
    const invalidation = new SessionInvalidation(cache, redis, config.redisKeyPrefix)
    const email = createEmailSender(config.identity.email, senderDeps)
    const sessions = cachedSessions(app.database.db, config.sessions, cache)
    app.decorate('identity', {
      outbox,
      sms: createSmsSender(config.identity.sms, senderDeps),
      email,
      counters: redis ? redisCounterStore(redis) : memoryCounterStore(),
      invalidation,
      resolve: sessions.resolve,
      peekSession: sessions.peek,
      links: sessionLinks(app.database.db, config),
    } satisfies Identity)
    app.addHook('onReady', () => invalidation.ready())
    app.addHook('onClose', async () => {
      invalidation.close()
      if (email instanceof SmtpEmailSender) email.close()
    })
    await app.register(rateLimit, {
      global: false,
      redis,
      // A Redis outage must not turn into refusing every sign-in.
      skipOnError: true,
      errorResponseBuilder: () => new AppError('RATE_LIMITED', 'rate limit exceeded'),
    })
  },
  { name: 'identity' },
)
