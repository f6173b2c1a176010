import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { CompanionSettings } from '../../config/companion-config.ts'
import type { Db } from '../../db/database.ts'
import type { CounterStore } from '../../lib/counter-store.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { dynamicConfigOf } from '../config/config-deps.ts'
import { type MessagingDeps, messagingDepsOf } from '../messaging/messaging-deps.ts'
import { type SafetyDeps, safetyDepsOf } from '../safety/safety-deps.ts'
import { ProviderCache } from './provider-cache.ts'
import { ProviderHealth } from './provider-health.ts'
import { ReplyRegistry } from './reply-registry.ts'
import { StreamingSaves } from './streaming-saves.ts'

/**
 * Where the companion's settings come from, read on every request and never kept: the
 * environment, with provider, model, key and quotas from the admins' dynamic configuration (a
 * value stored there wins), so those change on every instance without a restart.
 */
export interface CompanionSettingsSource {
  current(): CompanionSettings
}

/** What the companion services need. */
export interface CompanionDeps {
  db: Db
  log: FastifyBaseLogger
  settings: CompanionSettingsSource
  providers: ProviderCache
  health: ProviderHealth
  replies: ReplyRegistry
  /** What streaming replies have so far, saved for all of them once a second. */
  saves: StreamingSaves
  /** Quotas per person per hour and day (Redis with it, this process without). */
  counters: CounterStore
  /** Every message is judged by the safety module before any model sees it (DESIGN §11). */
  safety: SafetyDeps
  /** "Talk to a human" opens a department thread. */
  messaging: MessagingDeps
  /** Replies finishing after their request ended, awaited before the app closes. */
  pending: Set<Promise<unknown>>
}

const depsByApp = new WeakMap<AppServer, CompanionDeps>()

export function companionDepsOf(app: FastifyInstance): CompanionDeps {
  const existing = depsByApp.get(app.io)
  if (existing) return existing
  const fromEnv = app.config.companion
  const dynamic = dynamicConfigOf(app)
  const settings: CompanionSettingsSource = {
    current: () => ({
      ...fromEnv,
      provider: dynamic.get('companion.provider'),
      model: dynamic.get('companion.model'),
      apiKey: dynamic.get('companion.apiKey'),
      hourlyQuota: dynamic.get('companion.hourlyQuota'),
      dailyQuota: dynamic.get('companion.dailyQuota'),
    }),
  }
  const deps: CompanionDeps = {
    db: app.database.db,
    log: app.log,
    settings,
    providers: new ProviderCache(),
    health: new ProviderHealth(),
    replies: new ReplyRegistry({
      redis: app.redis,
      keyPrefix: app.config.redisKeyPrefix,
      log: app.log,
    }),
    saves: new StreamingSaves(app.database.db, app.log),
    counters: app.identity.counters,
    safety: safetyDepsOf(app),
    messaging: messagingDepsOf(app),
    pending: new Set(),
  }
  depsByApp.set(app.io, deps)
  // Before the server waits for open connections: every reply here stops and is stored, so
  // its event stream ends instead of holding the shutdown for up to the reply deadline.
  app.addHook('preClose', async () => {
    await deps.replies.stopAll()
    deps.saves.stop()
  })
  app.addHook('onClose', async () => {
    await Promise.allSettled([...deps.pending])
  })
  return deps
}

/** Runs `task` past the request that started it, but not past the app's shutdown. */
export function inBackground(deps: CompanionDeps, task: Promise<unknown>): void {
  const tracked = task.catch((error: unknown) => {
    deps.log.error(errorShape(error), 'companion background task failed')
  })
  deps.pending.add(tracked)
  void tracked.finally(() => deps.pending.delete(tracked))
}

/**
 * What a log may say of an error here: its kind and code, never its message, since a failed
 * query's message carries its parameters, and those are what the person wrote (DESIGN §11).
 */
export function errorShape(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: typeof error }
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown })?.code
  return typeof code === 'string' ? { error: error.name, code } : { error: error.name }
}
