import { SignInPage as SharedSignInPage, useTranslation } from '@yektayar/ui'
import { landingPathAfterSignIn } from '../landing-path.ts'

/** The shared sign-in, in the web app's words, landing new people on the welcome form. */
export function SignInPage() {
  const { t } = useTranslation()
  const texts = { pageTitle: t('auth.pageTitle'), title: t('auth.title'), lead: t('auth.lead') }
  return <SharedSignInPage texts={texts} landingPath={landingPathAfterSignIn} />
}
