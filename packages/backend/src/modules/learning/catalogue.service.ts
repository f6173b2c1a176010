import type { CoursePage, courseListQuerySchema } from '@yektayar/shared'
import type { z } from 'zod'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { EncodedBody } from '../../lib/encoded-body.ts'
import { type CatalogueFilter, listCatalogueRows } from './catalogue.repository.ts'
import { isCourseManager } from './course-access.ts'
import { catalogueItemOf } from './course-views.ts'
import type { LearningDeps } from './learning-deps.ts'

type ParsedQuery = z.output<typeof courseListQuerySchema>

/** The page size the web app asks for, and the query's default: the page the cache keeps. */
const DEFAULT_PAGE = 20

/** Whose page it is in the cache: people who are not signed in share one. */
const ANONYMOUS = 'anonymous'

function filterOf(auth: AuthContext | null, query: ParsedQuery): CatalogueFilter {
  if (query.includeDrafts && !isCourseManager(auth)) {
    throw new AppError('FORBIDDEN', 'drafts are for course authors')
  }
  // Decoded first: a bad cursor answers 400 before any query is started.
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  return {
    viewerId: auth?.userId ?? null,
    q: query.q || undefined,
    tags: query.tags,
    difficulty: query.difficulty,
    contentType: query.contentType,
    price: query.price,
    minMinutes: query.minMinutes,
    maxMinutes: query.maxMinutes,
    drafts: query.includeDrafts === true,
    after: before ? { at: before.createdAt.toISOString(), id: before.id } : undefined,
    limit: query.limit,
  }
}

async function catalogueJson(deps: LearningDeps, filter: CatalogueFilter) {
  const rows = await listCatalogueRows(deps.db, filter)
  const page = rows.slice(0, filter.limit)
  const last = page.at(-1)
  const lastAt = filter.drafts ? last?.created_at : last?.published_at
  const body: CoursePage = {
    items: page.map(catalogueItemOf),
    nextCursor:
      rows.length > filter.limit && last && lastAt ? encodeCursor(new Date(lastAt), last.id) : null,
  }
  return new EncodedBody(Buffer.from(JSON.stringify(body)))
}

/** The first page as the catalogue opens: no search, filter or cursor, the default size. */
function isFirstPage(query: ParsedQuery, filter: CatalogueFilter): boolean {
  const narrowed = Object.entries(query).some(
    ([key, value]) => key !== 'limit' && value !== undefined,
  )
  return !narrowed && !filter.drafts && filter.limit === DEFAULT_PAGE
}

/**
 * Published courses, newest publication first, keyset-paginated, each with the viewer's own
 * enrolment, as the JSON the API answers. The first page (what the catalogue opens with) comes
 * from the per-person cache while fresh: it is opened far more often than anyone enrols or
 * learns, and their own changes drop it (learnerChanged), an author's change moves everyone to
 * the next generation (catalogueChanged).
 */
export async function listCatalogueJson(
  deps: LearningDeps,
  auth: AuthContext | null,
  query: ParsedQuery,
): Promise<EncodedBody> {
  const filter = filterOf(auth, query)
  if (!isFirstPage(query, filter)) return catalogueJson(deps, filter)
  const key = auth?.userId ?? ANONYMOUS
  const variant = String(deps.catalogue.generation)
  const cached = deps.catalogueCache.get(key, variant)
  if (cached) return cached
  const computedFrom = deps.catalogueCache.tick()
  const body = await catalogueJson(deps, filter)
  deps.catalogueCache.set(key, body, computedFrom, variant)
  return body
}
