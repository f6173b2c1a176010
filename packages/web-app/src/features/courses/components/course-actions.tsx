import type { CourseDetail } from '@yektayar/shared/types'
import {
  Button,
  buttonClasses,
  formatMoney,
  isApiError,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { Link, useNavigate } from 'react-router'
import { inLanguage } from '../../../shared/courses/course-display.tsx'
import { redirectToGateway } from '../../../shared/payments/gateway-redirect.ts'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useBuyCourse } from '../api/buy-course.ts'
import { useEnroll } from '../api/enroll.ts'

export const lessonPath = (courseId: string, lessonId: string) =>
  `/courses/${courseId}/lessons/${lessonId}`

/**
 * The one thing to do next on a course: sign in, start (enrol), buy, continue where I left
 * off, or go through a finished course again.
 */
export function CourseActions({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const session = useSession()
  const navigate = useNavigate()
  const enroll = useEnroll(course.id)
  const buy = useBuyCourse(course.id)
  const first = course.lessons[0]
  const enrollment = course.myEnrollment

  if (session.data === null) {
    const next = encodeURIComponent(`/courses/${course.id}`)
    return (
      <Link
        to={`/sign-in?next=${next}`}
        className={buttonClasses({ size: 'lg', className: 'self-start' })}
      >
        {t('courses.course.signIn')}
      </Link>
    )
  }
  if (enrollment && first) {
    const resume = course.lessons.find((lesson) => lesson.id === course.resume?.lessonId)
    const target = enrollment.completedAt ? first : (resume ?? first)
    return (
      <Link
        to={lessonPath(course.id, target.id)}
        className={buttonClasses({ size: 'lg', className: 'self-start' })}
      >
        {enrollment.completedAt
          ? t('courses.course.review')
          : t('courses.course.continue', {
              lesson: inLanguage(target.title, target.titleEn, language),
            })}
      </Link>
    )
  }
  const mustPay =
    course.locked || (isApiError(enroll.error) && enroll.error.code === 'PAYMENT_REQUIRED')
  if (mustPay) {
    return (
      <div className="flex flex-col items-start gap-3">
        <p className="rounded-xl bg-primary-soft p-3 text-primary">{t('courses.course.locked')}</p>
        <Button
          size="lg"
          needsConnection
          loading={buy.isPending || buy.isSuccess}
          onClick={() =>
            buy.mutate(undefined, {
              onSuccess: ({ redirectUrl }) => redirectToGateway(redirectUrl),
            })
          }
        >
          {t('courses.course.buy', { price: formatMoney(course.priceIrr, language) })}
        </Button>
        <ProblemAlert error={buy.error} />
      </div>
    )
  }
  return (
    <div className="flex flex-col items-start gap-3">
      <Button
        size="lg"
        needsConnection
        disabled={!first || session.isPending}
        loading={enroll.isPending}
        onClick={() =>
          enroll.mutate(undefined, {
            onSuccess: () => first && navigate(lessonPath(course.id, first.id)),
          })
        }
      >
        {t('courses.course.start')}
      </Button>
      <ProblemAlert error={enroll.error} />
    </div>
  )
}
