import type { User } from '@yektayar/shared/types'
import { SwitchField, useTranslation } from '@yektayar/ui'
import { useUpdateMe } from '../../../shared/api/update-me.ts'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

export const CHANNELS = ['sms', 'email', 'inApp', 'push'] as const
type Channel = (typeof CHANNELS)[number]

/** What the server does when nothing is saved: SMS on, the rest off (see recipientsOf). */
export function channelsOf(me: User): Record<Channel, boolean> {
  const saved = (me.preferences.notificationChannels ?? {}) as Partial<Record<Channel, unknown>>
  return {
    sms: saved.sms !== false,
    email: saved.email === true,
    inApp: saved.inApp === true,
    push: saved.push === true,
  }
}

export function NotificationsSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const updateMe = useUpdateMe()
  const channels = channelsOf(me)
  // The whole set goes each time: the server merges preferences one level deep only.
  const toggle = (channel: Channel, on: boolean) =>
    updateMe.mutate({ preferences: { notificationChannels: { ...channels, [channel]: on } } })
  return (
    <SettingsSection area="notifications">
      <div className="flex flex-col gap-4">
        {CHANNELS.map((channel) => (
          <SwitchField
            key={channel}
            label={t(`settings.notifications.${channel}`)}
            checked={channels[channel]}
            disabled={updateMe.isPending}
            onChange={(on) => toggle(channel, on)}
          />
        ))}
      </div>
      <SaveStatus error={updateMe.error} saved={updateMe.isSuccess} />
    </SettingsSection>
  )
}
