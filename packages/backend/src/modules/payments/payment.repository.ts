import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import {
  appointments,
  paymentIdempotencyKeys,
  sessionTypes,
  type TransactionRow,
  transactions,
  userIdentifiers,
  users,
} from '../../db/schema/index.ts'
import { type Conflict, orConflict } from '../../db/sql-state.ts'

export type { TransactionRow }

export async function findTransaction(
  db: Db,
  where: { id: string } | { authority: string },
  options: { forUpdate?: boolean } = {},
): Promise<TransactionRow | undefined> {
  const condition =
    'id' in where ? eq(transactions.id, where.id) : eq(transactions.authority, where.authority)
  const query = db.select().from(transactions).where(condition).limit(1)
  const [row] = options.forUpdate ? await query.for('update') : await query
  return row
}

/** The pending or completed payment of an appointment (at most one, by a unique index). */
export async function findLivePayment(db: Db, appointmentId: string) {
  const [row] = await db
    .select()
    .from(transactions)
    .where(
      and(
        eq(transactions.appointmentId, appointmentId),
        eq(transactions.type, 'payment'),
        inArray(transactions.status, ['pending', 'completed']),
      ),
    )
    .limit(1)
  return row
}

/** The buyer's pending or completed payment for a course (at most one, by a unique index). */
export async function findLiveCoursePayment(db: Db, userId: string, courseId: string) {
  const [row] = await db
    .select()
    .from(transactions)
    .where(
      and(
        eq(transactions.userId, userId),
        eq(transactions.courseId, courseId),
        eq(transactions.type, 'payment'),
        inArray(transactions.status, ['pending', 'completed']),
      ),
    )
    .limit(1)
  return row
}

export async function insertTransaction(db: Db, values: typeof transactions.$inferInsert) {
  const [row] = await db.insert(transactions).values(values).returning()
  if (!row) throw new Error('transaction insert returned nothing')
  return row
}

/** A new pending payment, or a Conflict when the appointment already has a live one. */
export function insertPendingPayment(
  db: Db,
  values: typeof transactions.$inferInsert,
): Promise<TransactionRow | Conflict> {
  return orConflict(insertTransaction(db, values), 'unique')
}

export async function updateTransaction(
  db: Db,
  id: string,
  values: Partial<typeof transactions.$inferInsert>,
) {
  const [row] = await db
    .update(transactions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(transactions.id, id))
    .returning()
  return row
}

/** One more verify asked of the gateway for this payment, and what it said. */
export async function recordVerifyAttempt(db: Db, id: string, result: string) {
  await db
    .update(transactions)
    .set({
      verifyAttempts: sql`${transactions.verifyAttempts} + 1`,
      lastVerifyAt: new Date(),
      lastVerifyResult: result.slice(0, 40),
    })
    .where(eq(transactions.id, id))
}

/** Refunds of a payment that count against it: pending or settled, or settled only. */
export async function refundedSoFar(
  db: Db,
  originalId: string,
  statuses: string[] = ['pending', 'completed'],
): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${transactions.amount}), 0)` })
    .from(transactions)
    .where(
      and(
        eq(transactions.originalTransactionId, originalId),
        inArray(transactions.status, statuses),
      ),
    )
  return Number(row?.total ?? 0)
}

export async function listUserTransactions(
  db: Db,
  input: { userId: string; before?: { createdAt: Date; id: string }; limit: number },
) {
  const before = input.before
  const keyset = before
    ? or(
        lt(transactions.createdAt, before.createdAt),
        and(eq(transactions.createdAt, before.createdAt), lt(transactions.id, before.id)),
      )
    : undefined
  return db
    .select()
    .from(transactions)
    .where(and(eq(transactions.userId, input.userId), keyset))
    .orderBy(desc(transactions.createdAt), desc(transactions.id))
    .limit(input.limit + 1)
}

/** The sweeps' filter: transactions of one type still pending since before `before`. */
function pendingSince(type: 'payment' | 'refund', before: Date) {
  return and(
    eq(transactions.type, type),
    eq(transactions.status, 'pending'),
    lt(transactions.createdAt, before),
  )
}

export async function findStalePending(db: Db, olderThan: Date, limit: number) {
  return db
    .select()
    .from(transactions)
    .where(pendingSince('payment', olderThan))
    .orderBy(transactions.createdAt)
    .limit(limit)
}

/** Pending refunds requested before `requestedBefore`, oldest first (the sandbox's sweep). */
export async function findDuePendingRefunds(db: Db, requestedBefore: Date, limit: number) {
  return db
    .select({ id: transactions.id })
    .from(transactions)
    .where(pendingSince('refund', requestedBefore))
    .orderBy(transactions.createdAt)
    .limit(limit)
}

/** Every refund of one payment, oldest first. */
export async function findRefundsOf(db: Db, paymentId: string) {
  return db
    .select()
    .from(transactions)
    .where(and(eq(transactions.originalTransactionId, paymentId), eq(transactions.type, 'refund')))
    .orderBy(transactions.createdAt, transactions.id)
}

/** The session each appointment is: psychologist's profile, session type, time. */
export async function findAppointmentSummaries(db: Db, appointmentIds: string[]) {
  if (appointmentIds.length === 0) return []
  return db
    .select({
      id: appointments.id,
      psychologistProfile: users.profile,
      sessionTypeFa: sessionTypes.nameFa,
      sessionTypeEn: sessionTypes.nameEn,
      scheduledAt: appointments.scheduledAt,
      durationMinutes: appointments.durationMinutes,
    })
    .from(appointments)
    .leftJoin(users, eq(users.id, appointments.psychologistId))
    .leftJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(inArray(appointments.id, appointmentIds))
}

export async function findIdempotencyKey(db: Db, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(paymentIdempotencyKeys)
    .where(and(eq(paymentIdempotencyKeys.userId, userId), eq(paymentIdempotencyKeys.key, key)))
    .limit(1)
  return row
}

export async function saveIdempotencyKey(
  db: Db,
  values: typeof paymentIdempotencyKeys.$inferInsert,
) {
  await db.insert(paymentIdempotencyKeys).values(values).onConflictDoNothing()
}

/** The payer's verified phone (Zarinpal's 09… form) and email, for the gateway's metadata. */
export async function findPayerContact(db: Db, userId: string) {
  const rows = await db
    .select({ type: userIdentifiers.type, value: userIdentifiers.value })
    .from(userIdentifiers)
    .where(and(eq(userIdentifiers.userId, userId), eq(userIdentifiers.isVerified, true)))
    .orderBy(desc(userIdentifiers.isPrimary))
  const phone = rows.find((row) => row.type === 'phone')?.value
  return {
    mobile: phone?.startsWith('+98') ? `0${phone.slice(3)}` : phone,
    email: rows.find((row) => row.type === 'email')?.value,
  }
}
