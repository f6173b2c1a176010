import type { PaymentReturn } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findPurchasableCourse } from '../learning/enrollment.service.ts'
import { findLiveCoursePayment } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { returnMetadata } from './payment-return.ts'
import { answerOf, openPendingPayment } from './pending-payment.ts'

/**
 * Starts buying a priced course (issue 17) at its price in our database. The buyer's one live
 * payment per course (a unique index) makes a retry or a second tab answer the same pending
 * payment, so no Idempotency-Key is kept; the settled payment enrols the buyer, in the crediting
 * transaction (payment-settlement.ts).
 */
export async function initiateCoursePayment(
  deps: PaymentDeps,
  auth: AuthContext,
  courseId: string,
  returnTo?: PaymentReturn,
) {
  const db = deps.care.db
  const course = await findPurchasableCourse(db, auth, courseId)
  const existing = async () => {
    const row = await findLiveCoursePayment(db, auth.userId, course.id)
    if (row && row.status !== 'pending') {
      throw new AppError('COURSE_NOT_FOR_SALE', 'this course is already paid')
    }
    return row
  }
  const row =
    (await existing()) ??
    (await openPendingPayment(deps, {
      values: {
        userId: auth.userId,
        amount: course.priceIrr,
        courseId: course.id,
        metadata: {
          courseId: course.id,
          gateway: deps.gateway.name,
          ...returnMetadata(returnTo),
        },
      },
      findExisting: existing,
    }))
  return answerOf(deps, row)
}
