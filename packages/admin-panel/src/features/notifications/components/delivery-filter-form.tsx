import { DELIVERY_STATUSES, NOTIFICATION_CHANNELS } from '@yektayar/shared/types'
import { Button, SelectField, TextField, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { isUserId } from '../../../shared/user-id.ts'
import type { DeliveryFilters } from '../api/deliveries.ts'

export interface DeliveryFilterFormProps {
  filters: DeliveryFilters
  onApply: (filters: DeliveryFilters) => void
}

/** User id, channel and status; applied together, so typing an id does not fetch per key. */
export function DeliveryFilterForm({ filters, onApply }: DeliveryFilterFormProps) {
  const { t } = useTranslation()
  const [userId, setUserId] = useState(filters.userId ?? '')
  const [channel, setChannel] = useState<string>(filters.channel ?? '')
  const [status, setStatus] = useState<string>(filters.status ?? '')
  const [userIdError, setUserIdError] = useState(false)

  function apply(event: FormEvent) {
    event.preventDefault()
    const id = userId.trim()
    if (id && !isUserId(id)) {
      setUserIdError(true)
      return
    }
    onApply({
      ...(id ? { userId: id.toLowerCase() } : {}),
      ...(channel ? { channel: channel as DeliveryFilters['channel'] } : {}),
      ...(status ? { status: status as DeliveryFilters['status'] } : {}),
    })
  }

  function clear() {
    setUserId('')
    setChannel('')
    setStatus('')
    setUserIdError(false)
    onApply({})
  }

  const any: [string, string] = ['', t('notifications.deliveries.any')]
  return (
    <form
      noValidate
      onSubmit={apply}
      aria-label={t('notifications.deliveries.filters')}
      className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
    >
      <TextField
        label={t('notifications.deliveries.userId')}
        value={userId}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        error={userIdError ? t('notifications.deliveries.userIdInvalid') : null}
        onChange={(event) => {
          setUserId(event.target.value)
          setUserIdError(false)
        }}
      />
      <SelectField
        label={t('notifications.deliveries.channel')}
        value={channel}
        onChange={(event) => setChannel(event.target.value)}
        options={[
          any,
          ...NOTIFICATION_CHANNELS.map(
            (c) => [c, t(`notifications.deliveries.channels.${c}`)] as const,
          ),
        ]}
      />
      <SelectField
        label={t('notifications.deliveries.status')}
        value={status}
        onChange={(event) => setStatus(event.target.value)}
        options={[
          any,
          ...DELIVERY_STATUSES.map(
            (s) => [s, t(`notifications.deliveries.statuses.${s}`)] as const,
          ),
        ]}
      />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1 lg:mt-7">
        <Button type="submit">{t('notifications.deliveries.apply')}</Button>
        <Button type="button" variant="ghost" onClick={clear}>
          {t('notifications.deliveries.clear')}
        </Button>
      </div>
    </form>
  )
}
