import { MessagePage, SignOutButton, useTranslation } from '@yektayar/ui'
import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'

/** A signed-in patient or psychologist who is not staff: said plainly, with the way out. */
export function NoAccessState() {
  const { t } = useTranslation()
  useDropSignedInNotice()
  return (
    <MessagePage pageTitle={t('auth.noAccess.pageTitle')}>
      <div className="flex flex-col items-center gap-4 rounded-2xl border border-line bg-surface px-6 py-10 text-center">
        <h1 className="text-xl font-bold text-ink">{t('auth.noAccess.title')}</h1>
        <p className="max-w-prose text-ink-muted">{t('auth.noAccess.body')}</p>
        <SignOutButton variant="primary" />
      </div>
    </MessagePage>
  )
}

/** Sign-in lands here with "you are signed in to the panel", which this page contradicts. */
function useDropSignedInNotice() {
  const location = useLocation()
  const navigate = useNavigate()
  const hasNotice = location.state !== null && location.state !== undefined
  useEffect(() => {
    if (hasNotice) navigate(location.pathname + location.search, { replace: true, state: null })
  }, [hasNotice, navigate, location.pathname, location.search])
}
