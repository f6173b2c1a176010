import { AppFrame, type SessionPaths, useLanguage, useTranslation } from '@yektayar/ui'

const YEAR_LOCALES = { fa: 'fa-IR-u-ca-persian', en: 'en-US' } as const

/** Every page but sign-in is staff only, so signing out goes straight back to sign-in. */
// Enrolment lives in the web app's settings, on the same origin and the same session cookie.
const SESSION_PATHS: SessionPaths = {
  signIn: '/sign-in',
  home: '/',
  signedOut: '/sign-in',
  totpSetup: { href: '/settings#two-step' },
}

export function AppShell() {
  const { t } = useTranslation()
  const language = useLanguage()
  const year = new Intl.DateTimeFormat(YEAR_LOCALES[language], { year: 'numeric' }).format()
  return (
    <AppFrame
      tagline={t('shell.tagline')}
      homeLabel={t('shell.home')}
      footer={t('shell.footer', { year })}
      sessionPaths={SESSION_PATHS}
      notices={{ signedIn: t('shell.notices.signedIn') }}
    />
  )
}
