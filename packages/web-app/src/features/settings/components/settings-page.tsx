import { TimeZoneProvider, useMe, useSession, useTranslation } from '@yektayar/ui'
import { lazy, Suspense } from 'react'
import { isNativeApp } from '../../../shared/native/native-platform.ts'
import { Page } from '../../../shared/page.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { addSettingsMessages } from '../settings-messages.ts'
import { DevicesSection } from './devices-section.tsx'
import { IdentifiersSection } from './identifiers-section.tsx'
import { LanguageSection } from './language-section.tsx'
import { NotificationsSection } from './notifications-section.tsx'
import { PasswordSection } from './password-section.tsx'
import { ProfileSection } from './profile-section.tsx'
import { TotpSection } from './totp-section.tsx'

// The Android app's lock, in its own chunk: the web never shows it, nor downloads it.
const AppLockSection = lazy(async () => ({
  default: (await import('./app-lock-section.tsx')).AppLockSection,
}))

/** /settings: every section on one page, with links to jump between them. */
export function SettingsPage() {
  // Before any child asks for them: the page's strings are not in the first-screen bundle.
  addSettingsMessages()
  const { t } = useTranslation()
  const me = useMe()
  const session = useSession()
  const isStaff = session.data?.user.type === 'psychologist' || session.data?.user.type === 'admin'
  const native = isNativeApp()
  const sections: [string, string][] = [
    ['profile', 'settings.profile.title'],
    ['language', 'settings.language.title'],
    ['notifications', 'settings.notifications.title'],
    ['identifiers', 'settings.identifiers.title'],
    ['password', 'settings.password.title'],
    ['devices', 'settings.devices.title'],
    ...(native ? ([['app-lock', 'settings.appLock.title']] as [string, string][]) : []),
    ...(isStaff ? ([['two-step', 'settings.totp.title']] as [string, string][]) : []),
  ]

  return (
    <Page messages="settings" width="max-w-5xl">
      <QueryStates query={me}>
        {(user) => (
          // Device times in the zone chosen below, updated as soon as it is saved.
          <TimeZoneProvider timeZone={String(user.preferences.timeZone ?? '')}>
            <div className="grid grid-cols-1 gap-6 lg:grid-cols-[13rem_minmax(0,1fr)] lg:items-start">
              <nav aria-label={t('settings.sectionsLabel')} className="min-w-0 lg:sticky lg:top-6">
                <ul className="flex gap-2 overflow-x-auto pb-1 lg:flex-col lg:gap-1">
                  {sections.map(([id, key]) => (
                    <li key={id}>
                      <a
                        href={`#${id}`}
                        className="block whitespace-nowrap rounded-lg border border-line bg-surface px-3 py-2 text-sm font-medium text-ink-muted hover:text-ink lg:border-transparent lg:bg-transparent"
                      >
                        {t(key)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="flex min-w-0 flex-col gap-6">
                <ProfileSection me={user} />
                <LanguageSection me={user} />
                <NotificationsSection me={user} />
                <IdentifiersSection me={user} />
                <PasswordSection me={user} />
                <DevicesSection />
                {native && (
                  <Suspense fallback={null}>
                    <AppLockSection />
                  </Suspense>
                )}
                {isStaff && <TotpSection me={user} />}
              </div>
            </div>
          </TimeZoneProvider>
        )}
      </QueryStates>
    </Page>
  )
}
