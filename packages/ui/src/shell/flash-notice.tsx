import { useLocation, useNavigate } from 'react-router'
import { Notice } from '../components/notice.tsx'

/**
 * Features announce a finished action by navigating with `state: { notice: '<key>' }`
 * (e.g. sign-in sends `signedIn`); the shell shows it, so features need not know each other.
 */
export const NOTICES = ['signedIn'] as const

export type NoticeKey = (typeof NOTICES)[number]

/** Each notice in the app's own words. */
export type FlashNotices = Record<NoticeKey, string>

function noticeOf(state: unknown): NoticeKey | null {
  const notice = (state as { notice?: unknown } | null)?.notice
  return NOTICES.find((key) => key === notice) ?? null
}

/** Shows the notice named by the navigation's state, in the app's words, until dismissed. */
export function FlashNotice({ notices }: { notices: FlashNotices }) {
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
        {notices[notice]}
      </Notice>
    </div>
  )
}
