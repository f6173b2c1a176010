import { and, eq, getTableColumns, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { fileRemovals, files } from '../../db/schema/index.ts'
import { isoOf, queryRowsPrepared } from '../../db/sql-query.ts'

export type FileRow = typeof files.$inferSelect
type FileInsert = typeof files.$inferInsert

export async function insertFile(db: Db, row: FileInsert): Promise<FileRow> {
  const [inserted] = await db.insert(files).values(row).returning()
  if (!inserted) throw new Error('file insert returned no row')
  return inserted
}

/**
 * The row's columns as the raw statement selects them: every column of the Drizzle table, so a
 * new column is never left out; times as ISO text and big integers as numbers, which both
 * drivers read alike, turned back into the row's types in `rowOf`.
 */
const COLUMNS = Object.entries(getTableColumns(files))
const TIME_COLUMNS = COLUMNS.filter(([, column]) => column.columnType === 'PgTimestamp')
const SELECT_LIST = sql.join(
  COLUMNS.map(([key, column]) => {
    if (column.columnType === 'PgTimestamp')
      return sql`${isoOf(column.name)} AS ${sql.identifier(key)}`
    if (column.columnType === 'PgBigInt53')
      return sql`${sql.identifier(column.name)}::float8 AS ${sql.identifier(key)}`
    return sql`${sql.identifier(column.name)} AS ${sql.identifier(key)}`
  }),
  sql`, `,
)

function rowOf(raw: Record<string, unknown>): FileRow {
  const row = { ...raw }
  for (const [key] of TIME_COLUMNS) {
    const text = row[key]
    row[key] = typeof text === 'string' ? new Date(text) : null
  }
  return row as FileRow
}

/** Every download reads its file's row first: a prepared statement, planned once per connection. */
export async function findFile(db: Db, id: string): Promise<FileRow | undefined> {
  const [row] = await queryRowsPrepared<Record<string, unknown>>(
    db,
    sql`SELECT ${SELECT_LIST} FROM files WHERE id = ${id}`,
  )
  return row && rowOf(row)
}

type Stored = Pick<
  FileRow,
  'size' | 'sha256' | 'fallbackKey' | 'fallbackSize' | 'width' | 'height' | 'mime'
>

export async function markReady(db: Db, id: string, stored: Stored): Promise<FileRow> {
  const [row] = await db
    .update(files)
    .set({ ...stored, status: 'ready' })
    .where(eq(files.id, id))
    .returning()
  if (!row) throw new Error('file vanished while stored')
  return row
}

export async function markRejected(db: Db, id: string): Promise<void> {
  await db.update(files).set({ status: 'rejected' }).where(eq(files.id, id))
}

/** Bytes one person keeps for one purpose, pending uploads included (rejected ones are not). */
export async function bytesHeld(db: Db, ownerId: string, purpose: string): Promise<number> {
  const [row] = await db
    .select({
      total: sql<string>`coalesce(sum(${files.size} + coalesce(${files.fallbackSize}, 0)), 0)`,
    })
    .from(files)
    .where(
      and(
        eq(files.ownerId, ownerId),
        eq(files.purpose, purpose),
        inArray(files.status, ['pending', 'ready']),
      ),
    )
  return Number(row?.total ?? 0)
}

/** A ready file of mine for this purpose, now in use; undefined when there is none. */
export async function useOwnFile(
  db: Db,
  target: { id: string; ownerId: string; purpose: string },
  now: Date,
): Promise<FileRow | undefined> {
  const [row] = await db
    .update(files)
    .set({ usedAt: sql`coalesce(${files.usedAt}, ${now.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(files.id, target.id),
        eq(files.ownerId, target.ownerId),
        eq(files.purpose, target.purpose),
        eq(files.status, 'ready'),
      ),
    )
    .returning()
  return row
}

/** My other files of this purpose are no longer in use (a replaced avatar): the sweep takes them. */
export async function releaseOthers(
  db: Db,
  target: { keepId: string | null; ownerId: string; purpose: string },
): Promise<void> {
  await db
    .update(files)
    .set({ usedAt: null })
    .where(
      and(
        eq(files.ownerId, target.ownerId),
        eq(files.purpose, target.purpose),
        target.keepId ? ne(files.id, target.keepId) : undefined,
        isNotNull(files.usedAt),
      ),
    )
}

/** Those of these files that are my ready attachments on no message, now on this one. */
export async function attachToMessage(
  db: Db,
  target: { ids: string[]; ownerId: string; messageId: string },
  now: Date,
): Promise<FileRow[]> {
  const rows = await db
    .update(files)
    .set({ messageId: target.messageId, usedAt: now })
    .where(
      and(
        inArray(files.id, target.ids),
        eq(files.ownerId, target.ownerId),
        eq(files.purpose, 'attachment'),
        eq(files.status, 'ready'),
        isNull(files.messageId),
      ),
    )
    .returning()
  return rows.sort(byUpload)
}

/**
 * Those of these files that are ready course media uploads, the claimer's own on no course or
 * already on this one, now on this course and in use.
 */
export function claimForCourse(
  db: Db,
  target: { ids: string[]; courseId: string; claimerId: string },
  now: Date,
): Promise<FileRow[]> {
  return db
    .update(files)
    .set({
      courseId: target.courseId,
      usedAt: sql`coalesce(${files.usedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(
      and(
        inArray(files.id, target.ids),
        eq(files.purpose, 'course_media'),
        eq(files.status, 'ready'),
        or(
          eq(files.courseId, target.courseId),
          and(isNull(files.courseId), eq(files.ownerId, target.claimerId)),
        ),
      ),
    )
    .returning()
}

const byUpload = (a: FileRow, b: FileRow) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)

/** These messages' attachments, in the order they were uploaded. */
export function listMessageFiles(db: Db, messageIds: string[]): Promise<FileRow[]> {
  return db
    .select()
    .from(files)
    .where(and(inArray(files.messageId, messageIds), eq(files.status, 'ready')))
    .orderBy(files.createdAt, files.id)
}

/**
 * What the sweep removes: uploads never used and failed ones written before `before`, and
 * attachments whose message was deleted (used, yet on no message), at once.
 */
export function listSweepable(db: Db, before: Date, limit: number) {
  const unused = and(
    lt(files.createdAt, before),
    or(isNull(files.usedAt), ne(files.status, 'ready')),
  )
  const orphaned = and(
    eq(files.purpose, 'attachment'),
    isNotNull(files.usedAt),
    isNull(files.messageId),
  )
  return db
    .select({ id: files.id })
    .from(files)
    .where(or(unused, orphaned))
    .orderBy(files.createdAt)
    .limit(limit)
}

/** Deletes rows; the database's trigger queues their stored objects for removal. */
export async function deleteFiles(db: Db, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.delete(files).where(inArray(files.id, ids))
}

/** Stored objects whose row is gone, oldest first. */
export async function listQueuedRemovals(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .select({ key: fileRemovals.storageKey })
    .from(fileRemovals)
    .orderBy(fileRemovals.queuedAt)
    .limit(limit)
  return rows.map((row) => row.key)
}

export async function forgetRemovals(db: Db, keys: string[]): Promise<void> {
  if (keys.length > 0) await db.delete(fileRemovals).where(inArray(fileRemovals.storageKey, keys))
}
