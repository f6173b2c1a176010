import { SignInPage as SharedSignInPage, useTranslation } from '@yektayar/ui'
import { useLocation } from 'react-router'

/**
 * The shared sign-in in the panel's words; it lands on the page that asked, else the dashboard.
 * After the idle sign-out (IdleSignOut) it says why the person is here again.
 */
export function SignInPage() {
  const { t } = useTranslation()
  const idle = (useLocation().state as { idle?: boolean } | null)?.idle === true
  const lead = idle ? t('auth.idleLead') : t('auth.lead')
  const texts = { pageTitle: t('auth.pageTitle'), title: t('auth.title'), lead }
  return <SharedSignInPage texts={texts} />
}
