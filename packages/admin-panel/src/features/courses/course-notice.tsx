import { Notice, useTranslation } from '@yektayar/ui'
import { useLocation, useNavigate } from 'react-router'

/** What a page of this feature says after another one sent the author to it. */
const NOTICES = {
  created: 'courses.course.created',
  lessonSaved: 'courses.lesson.saved',
} as const

export type CourseNotice = keyof typeof NOTICES

/** Navigation state that carries a notice to the page navigated to. */
export const withNotice = (notice: CourseNotice) => ({ state: { courseNotice: notice } })

/** The notice the navigation brought, until dismissed. */
export function CourseNoticeBanner() {
  const { t } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const key = (location.state as { courseNotice?: string } | null)?.courseNotice
  if (!key || !(key in NOTICES)) return null
  return (
    <Notice
      tone="success"
      onDismiss={() => navigate(location.pathname, { replace: true, state: null })}
    >
      {t(NOTICES[key as CourseNotice])}
    </Notice>
  )
}
