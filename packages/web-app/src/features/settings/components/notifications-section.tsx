import type {
  NotificationCategory,
  NotificationPreferences,
  SwitchableChannel,
  User,
} from '@yektayar/shared/types'
import { SwitchField, useTranslation } from '@yektayar/ui'
import { QueryStates } from '../../../shared/query-states.tsx'
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from '../api/notification-preferences.ts'
import { browserHasPush } from '../push/browser-push.ts'
import { ChannelMatrix } from './channel-matrix.tsx'
import { PushOptIn, PushUnsupported } from './push-opt-in.tsx'
import { QuietHoursForm } from './quiet-hours-form.tsx'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

/** What reaches me about what, when it may ring, and how much it says: the server's settings. */
export function NotificationsSection({ me }: { me: User }) {
  const preferences = useNotificationPreferences()
  return (
    <SettingsSection area="notifications">
      <QueryStates query={preferences} compact>
        {(saved) => <NotificationSettings me={me} saved={saved} />}
      </QueryStates>
    </SettingsSection>
  )
}

function NotificationSettings({ me, saved }: { me: User; saved: NotificationPreferences }) {
  const { t } = useTranslation()
  const update = useUpdateNotificationPreferences()
  const channels: SwitchableChannel[] = saved.pushAvailable
    ? ['sms', 'email', 'push']
    : ['sms', 'email']
  const hasEmail = me.identifiers.some((id) => id.type === 'email' && id.isVerified)
  const toggle = (category: NotificationCategory, channel: SwitchableChannel, on: boolean) =>
    update.mutate({ categories: { [category]: { [channel]: on } } })
  return (
    <div className="flex flex-col gap-6">
      <ChannelMatrix userType={me.type} preferences={saved} channels={channels} onChange={toggle} />
      {!hasEmail && (
        <p className="text-sm text-ink-muted">
          {t('settings.notifications.noEmail')}{' '}
          <a href="#identifiers" className="font-semibold text-primary underline">
            {t('settings.notifications.addEmail')}
          </a>
        </p>
      )}
      {saved.pushAvailable && (browserHasPush() ? <PushOptIn /> : <PushUnsupported />)}
      <QuietHoursForm
        saved={saved.quietHours}
        timeZone={saved.timeZone}
        saving={update.isPending && update.variables?.quietHours !== undefined}
        onSave={(quietHours) => update.mutate({ quietHours })}
      />
      <SwitchField
        label={t('settings.notifications.discreet')}
        hint={
          me.type === 'patient'
            ? `${t('settings.notifications.discreetHint')} ${t('settings.notifications.discreetProfile')}`
            : t('settings.notifications.discreetHint')
        }
        checked={saved.discreetMode}
        onChange={(discreetMode) => update.mutate({ discreetMode })}
      />
      <SaveStatus error={update.error} saved={update.isSuccess} />
    </div>
  )
}
