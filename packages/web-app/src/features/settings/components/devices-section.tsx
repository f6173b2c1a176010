import type { Device } from '@yektayar/shared/types'
import { Button, formatDateTime, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { QueryStates } from '../../../shared/query-states.tsx'
import { useDevices, useRevokeDevice, useRevokeOtherDevices } from '../api/devices.ts'
import { describeUserAgent } from '../user-agent.ts'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

/** Signed-in sessions: this one first and marked, each other one with its own sign-out. */
export function DevicesSection() {
  const { t } = useTranslation()
  const devices = useDevices()
  const revoke = useRevokeDevice()
  const revokeOthers = useRevokeOtherDevices()
  const items = [...(devices.data?.items ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current),
  )
  const others = items.filter((device) => !device.current).length

  return (
    <SettingsSection area="devices">
      <QueryStates query={devices}>
        {() => (
          <>
            <ul className="flex flex-col divide-y divide-line rounded-xl border border-line">
              {items.map((device) => (
                <DeviceRow
                  key={device.id}
                  device={device}
                  revoking={revoke.isPending && revoke.variables === device.id}
                  onRevoke={() => revoke.mutate(device.id)}
                />
              ))}
            </ul>
            {others === 0 ? (
              <p className="text-sm text-ink-muted">{t('settings.devices.onlyThis')}</p>
            ) : (
              <Button
                variant="secondary"
                className="self-start"
                loading={revokeOthers.isPending}
                onClick={() => revokeOthers.mutate()}
              >
                {t('settings.devices.revokeOthers')}
              </Button>
            )}
            <SaveStatus
              error={revoke.error ?? revokeOthers.error}
              saved={revokeOthers.isSuccess}
              savedText={t('settings.devices.revokedOthers', {
                count: revokeOthers.data?.revoked ?? 0,
              })}
            />
          </>
        )}
      </QueryStates>
    </SettingsSection>
  )
}

interface DeviceRowProps {
  device: Device
  revoking: boolean
  onRevoke: () => void
}

function DeviceRow({ device, revoking, onRevoke }: DeviceRowProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const nameId = useId()
  const { browser, os } = describeUserAgent(device.userAgent)
  const name =
    browser && os
      ? t('settings.devices.browserOnOs', { browser, os })
      : (browser ?? os ?? t('settings.devices.unknown'))
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-4">
      <div className="flex flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2 font-semibold text-ink">
          <span id={nameId}>{name}</span>
          {device.current && (
            <span className="rounded-full bg-success-soft px-2.5 py-0.5 text-xs font-bold text-success">
              {t('settings.devices.thisDevice')}
            </span>
          )}
        </p>
        <p className="text-sm text-ink-muted">
          {t('settings.devices.lastActive', {
            when: formatDateTime(device.lastActivityAt, language, { timeZone }),
          })}
        </p>
      </div>
      {!device.current && (
        <Button
          variant="ghost"
          loading={revoking}
          onClick={onRevoke}
          // "Sign out" alone, then which device: the visible text stays the start of the name.
          aria-describedby={nameId}
        >
          {t('settings.devices.revoke')}
        </Button>
      )}
    </li>
  )
}
