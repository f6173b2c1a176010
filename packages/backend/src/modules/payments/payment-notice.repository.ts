import { and, asc, eq, isNotNull, isNull, lt } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { transactions } from '../../db/schema/index.ts'

/** The payer's notice of this settled transaction is queued: the reconciler leaves it be. */
export async function markNoticeQueued(db: Db, id: string): Promise<void> {
  await db
    .update(transactions)
    .set({ noticeQueuedAt: new Date() })
    .where(and(eq(transactions.id, id), isNull(transactions.noticeQueuedAt)))
}

/**
 * Payments and refunds settled before `settledBefore` whose notice was never queued (the
 * process stopped between the commit and the queue, or the queue failed), oldest first.
 */
export function findUntold(db: Db, settledBefore: Date, limit: number) {
  return db
    .select()
    .from(transactions)
    .where(
      and(
        isNotNull(transactions.completedAt),
        isNull(transactions.noticeQueuedAt),
        lt(transactions.completedAt, settledBefore),
      ),
    )
    .orderBy(asc(transactions.completedAt))
    .limit(limit)
}
