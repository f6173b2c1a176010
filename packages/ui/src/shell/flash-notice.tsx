import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { Notice } from '../components/notice.tsx'

/**
 * Features announce a finished action by navigating with `state: { notice: '<key>' }`
 * (e.g. sign-in sends `signedIn`); the shell shows it, so features need not know each other.
 */
export const NOTICES = ['signedIn'] as const

export type NoticeKey = (typeof NOTICES)[number]

function noticeOf(state: unknown): NoticeKey | null {
  const notice = (state as { notice?: unknown } | null)?.notice
  return NOTICES.find((key) => key === notice) ?? null
}

/**
 * Shows the notice named by the navigation's state until dismissed, in the app's own words
 * (`shell.notices.<key>` in its `app` namespace).
 */
export function FlashNotice() {
  const { t } = useTranslation('app', { keyPrefix: 'shell.notices' })
  const location = useLocation()
  const navigate = useNavigate()
  const notice = noticeOf(location.state)
  if (!notice) return null
  return (
    <div className="mx-auto w-full max-w-6xl px-4 pt-4">
      <Notice
        tone="success"
        onDismiss={() => navigate(location.pathname, { replace: true, state: null })}
      >
        {t(notice)}
      </Notice>
    </div>
  )
}
