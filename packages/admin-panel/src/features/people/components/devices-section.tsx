import type { Device } from '@yektayar/shared/types'
import {
  Button,
  ErrorState,
  formatDateTime,
  LoadingState,
  Notice,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { usePersonDevices, useRevokePersonDevices } from '../api/person-devices.ts'
import { SectionCard } from './section-card.tsx'

/** Their live sessions; with users.manage, sign them out of one device or of all. */
export function DevicesSection({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const problemMessage = useProblemMessage()
  const devices = usePersonDevices(id)
  const revoke = useRevokePersonDevices(id)
  const deviceName = (device: Device) => device.userAgent ?? t('people.devices.unknownDevice')
  const columns: DataColumn<Device>[] = [
    {
      id: 'device',
      header: t('people.devices.device'),
      dir: 'ltr',
      className: 'max-w-48 truncate text-xs',
      cell: deviceName,
    },
    {
      id: 'lastUsed',
      header: t('people.devices.lastUsed'),
      className: 'whitespace-nowrap',
      cell: (device) => formatDateTime(device.lastActivityAt, language, { style: 'numeric' }),
    },
    { id: 'ip', header: t('people.devices.ip'), dir: 'ltr', cell: (device) => device.ip ?? '—' },
  ]
  if (canManage) {
    columns.push({
      id: 'revoke',
      header: t('people.devices.revoke'),
      cell: (device) => (
        <Button
          variant="ghost"
          aria-label={t('people.devices.revokeOf', { device: deviceName(device) })}
          onClick={() => revoke.mutate(device.id)}
        >
          {t('people.devices.revoke')}
        </Button>
      ),
    })
  }
  const items = devices.data?.items ?? []
  return (
    <SectionCard title={t('people.devices.title')}>
      {devices.isPending ? (
        <LoadingState />
      ) : devices.isError ? (
        <ErrorState error={devices.error} onRetry={() => devices.refetch()} />
      ) : items.length === 0 ? (
        <p className="text-ink-muted">{t('people.devices.empty')}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={items}
          rowId={(d) => d.id}
          caption={t('people.devices.caption')}
        />
      )}
      {revoke.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {problemMessage(revoke.error)}
        </p>
      )}
      {revoke.isSuccess && (
        <Notice tone="success">
          {t('people.devices.revoked', { count: revoke.data.revoked })}
        </Notice>
      )}
      {canManage && items.length > 0 && (
        <div>
          <Button
            variant="secondary"
            loading={revoke.isPending}
            needsConnection
            onClick={() => revoke.mutate(undefined)}
          >
            {t('people.devices.revokeAll')}
          </Button>
        </div>
      )}
    </SectionCard>
  )
}
