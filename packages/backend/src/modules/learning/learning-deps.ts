import type { FastifyInstance } from 'fastify'
import type { Db } from '../../db/database.ts'
import { PersonPageCache } from '../../lib/person-page-cache.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { type MessagingDeps, messagingDepsOf } from '../messaging/messaging-deps.ts'

/** What the learning services need; tests that start from the app's deps share its cache. */
export interface LearningDeps {
  db: Db
  /**
   * Each person's first catalogue page, with their progress (catalogue.service.ts). A learner's
   * own change drops their page here and, through Redis, on every instance.
   */
  catalogueCache: PersonPageCache
  /**
   * Bumped by every authoring change on this instance: pages are kept per generation, so an
   * edit or a publication shows at once here, and elsewhere when the cache's seconds run out.
   */
  catalogue: { generation: number }
  /** A recommendation is also posted in the pair's thread (course-recommendation-post.ts). */
  messaging: MessagingDeps
}

// One per app (keyed by its Socket.IO server, as the notification deps are): every route and
// test harness of the app drops and reads the same cached pages.
const depsByApp = new WeakMap<AppServer, LearningDeps>()

export function learningDepsOf(app: FastifyInstance): LearningDeps {
  const existing = depsByApp.get(app.io)
  if (existing) return existing
  const deps: LearningDeps = {
    db: app.database.db,
    catalogueCache: new PersonPageCache({
      name: 'course-list',
      ttlMs: app.config.learning.catalogueCacheMs,
      redis: app.redis,
      keyPrefix: app.config.redisKeyPrefix,
    }),
    catalogue: { generation: 0 },
    messaging: messagingDepsOf(app),
  }
  depsByApp.set(app.io, deps)
  app.addHook('onClose', async () => deps.catalogueCache.close())
  return deps
}

/** A learner's enrolment or progress changed: their cached catalogue page goes. */
export function learnerChanged(deps: LearningDeps, userId: string): void {
  deps.catalogueCache.invalidate([userId])
}

/** An author changed what the catalogue shows: every page of the old generation goes. */
export function catalogueChanged(deps: LearningDeps): void {
  deps.catalogue.generation++
}
