import { buttonClasses, useTranslation } from '@yektayar/ui'
import { Link, Navigate, useLocation } from 'react-router'
import { appPathOf, CUSTOM_SCHEME } from '../../shared/native/app-links.ts'
import { isNativeApp } from '../../shared/native/native-platform.ts'
import { Page } from '../../shared/page.tsx'
import { addAppLinkMessages } from './app-link-messages.ts'

/**
 * /app/…: the App Links space (docs/MOBILE.md), such as the payment gateway's return for a
 * payment started in the Android app. Android opens the app for these links when it is
 * installed; a browser that got here anyway (no app, or one that does not hand links over)
 * offers the app through its own scheme and the same page on the web.
 */
export function AppLinkPage() {
  addAppLinkMessages()
  const { t } = useTranslation()
  const { pathname, search } = useLocation()
  const inner = appPathOf(`https://app.invalid${pathname}${search}`) ?? '/'
  if (isNativeApp()) return <Navigate to={inner} replace />
  return (
    <Page messages="appLink" width="max-w-2xl">
      <div className="flex flex-wrap gap-3">
        <a href={`${CUSTOM_SCHEME}/${inner}`} className={buttonClasses({ size: 'lg' })}>
          {t('appLink.openApp')}
        </a>
        <Link to={inner} replace className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
          {t('appLink.continueHere')}
        </Link>
      </div>
    </Page>
  )
}
