import {
  ErrorState,
  LoadingState,
  useLanguage,
  useMe,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { addDashboardCoursesMessages } from '../dashboard-courses-messages.ts'
import { greetingName } from '../greeting-name.ts'
import { ContinueCourseCard, RecommendedCourses } from './course-cards.tsx'
import { NextAppointmentCard } from './next-appointment-card.tsx'
import { Shortcuts } from './shortcuts.tsx'
import { UnreadCard } from './unread-card.tsx'

export function DashboardPage() {
  addDashboardCoursesMessages()
  const { t } = useTranslation()
  const language = useLanguage()
  const session = useSession()
  const me = useMe()
  if (me.isPending || !session.data) return <LoadingState />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />
  const name = greetingName(me.data, language)
  const { user } = session.data
  return (
    <ViewerTimeZone>
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-12">
        <title>{t('dashboard.pageTitle')}</title>
        <header className="flex flex-col gap-1">
          <h1 className="text-3xl font-extrabold text-ink">
            {name ? t('dashboard.greeting', { name }) : t('dashboard.greetingNoName')}
          </h1>
          <p className="text-ink-muted">{t('dashboard.lead')}</p>
        </header>
        <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
          <NextAppointmentCard viewerId={user.id} isPatient={user.type === 'patient'} />
          <UnreadCard />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <ContinueCourseCard />
          {user.type === 'patient' && <RecommendedCourses />}
        </div>
        <Shortcuts type={user.type} />
      </div>
    </ViewerTimeZone>
  )
}
