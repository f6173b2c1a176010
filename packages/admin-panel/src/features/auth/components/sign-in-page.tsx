import { SignInPage as SharedSignInPage, useTranslation } from '@yektayar/ui'

/** The shared sign-in in the panel's words; it lands on the page that asked, else the dashboard. */
export function SignInPage() {
  const { t } = useTranslation()
  const texts = { pageTitle: t('auth.pageTitle'), title: t('auth.title'), lead: t('auth.lead') }
  return <SharedSignInPage texts={texts} />
}
