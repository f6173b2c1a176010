import type { Enrollment } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findEnrollmentOf } from './course.repository.ts'
import { isLocked, requireVisibleCourse } from './course-access.ts'
import { enrollmentOf } from './course-views.ts'
import { insertEnrollment, setEnrollmentShared } from './enrollment.repository.ts'
import { type LearningDeps, learnerChanged } from './learning-deps.ts'

/**
 * Enrols the reader, once: enrolling again answers the same enrolment (`created: false`). An
 * unpublished course is NOT_FOUND; a priced one not bought is 402 PAYMENT_REQUIRED (buying it,
 * POST /payments/initiate with its `courseId`, enrols the buyer when the payment settles).
 */
export async function enroll(
  deps: LearningDeps,
  auth: AuthContext,
  courseId: string,
): Promise<{ enrollment: Enrollment; created: boolean }> {
  const course = await requireVisibleCourse(deps.db, auth, courseId)
  const existing = await findEnrollmentOf(deps.db, auth.userId, course.id)
  if (existing) return { enrollment: enrollmentOf(existing), created: false }
  if (isLocked(course, auth, false)) {
    throw new AppError('PAYMENT_REQUIRED', `course costs ${course.priceIrr} rials`)
  }
  const { row, created } = await insertEnrollment(deps.db, {
    userId: auth.userId,
    courseId: course.id,
  })
  learnerChanged(deps, auth.userId)
  return { enrollment: enrollmentOf(row), created }
}

/**
 * For payments (issue 17): the course this buyer may pay for, with its price from our
 * database. Unpublished or unknown: NOT_FOUND; free, or bought already: COURSE_NOT_FOR_SALE.
 */
export async function findPurchasableCourse(db: Db, auth: AuthContext, courseId: string) {
  const course = await requireVisibleCourse(db, auth, courseId)
  const enrolled = await findEnrollmentOf(db, auth.userId, course.id)
  if (course.priceIrr <= 0 || enrolled) {
    throw new AppError('COURSE_NOT_FOR_SALE', 'free, or already bought')
  }
  return { id: course.id, priceIrr: course.priceIrr }
}

/**
 * For payments: the buyer's enrolment, written in the transaction that credits their payment,
 * so a paid course is never left unopened. A second settlement finds it there.
 */
export async function enrollAfterPayment(
  tx: Db,
  purchase: { userId: string; courseId: string },
): Promise<void> {
  await insertEnrollment(tx, purchase)
}

/** Lets my psychologists see my progress in this course, or stops it; someone else's: 404. */
export async function setEnrollmentSharing(
  deps: LearningDeps,
  auth: AuthContext,
  enrollmentId: string,
  shared: boolean,
): Promise<Enrollment> {
  const row = await setEnrollmentShared(deps.db, { id: enrollmentId, userId: auth.userId }, shared)
  if (!row) throw new AppError('NOT_FOUND', 'no such enrollment of this user')
  return enrollmentOf(row)
}
