import type { SafetyAlert } from '@yektayar/shared/types'
import { cx, LoadMore, useTranslation } from '@yektayar/ui'
import { useCallback, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Page } from '../../../shared/page.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { AlertFacts } from '../../../shared/safety/alert-summary.tsx'
import {
  ALERT_FILTERS,
  type AlertFilter,
  useSafetyAlerts,
} from '../../../shared/safety/safety-alerts-api.ts'
import { useLiveSafetyAlerts } from '../../../shared/safety/use-live-safety-alerts.ts'
import { addSafetyQueueMessages } from '../safety-queue-messages.ts'

const filterOf = (value: string | null): AlertFilter =>
  ALERT_FILTERS.find((filter) => filter === value) ?? 'active'

/** /safety?status=: the on-call queue, newest first, updated live as alerts change. */
export function SafetyQueuePage() {
  addSafetyQueueMessages()
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filter = filterOf(params.get('status'))
  const alerts = useSafetyAlerts(filter)
  const [announcement, setAnnouncement] = useState('')
  const announce = useCallback(
    (alert: SafetyAlert) => {
      if (alert.status === 'open')
        setAnnouncement(t('safetyQueue.live', { name: alert.patient.name }))
    },
    [t],
  )
  useLiveSafetyAlerts(announce)
  return (
    <Page messages="safetyQueue" width="max-w-3xl">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">{t('safetyQueue.filter')}</legend>
        {ALERT_FILTERS.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={option === filter}
            onClick={() => setParams({ status: option }, { replace: true })}
            className={cx(
              'min-h-11 rounded-full border px-4 text-sm font-semibold',
              option === filter
                ? 'border-primary bg-primary text-on-primary'
                : 'border-line-strong bg-surface text-ink hover:bg-surface-muted',
            )}
          >
            {t(`safetyAlerts.status.${option}`)}
          </button>
        ))}
      </fieldset>
      <QueryStates query={alerts}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items)
          if (items.length === 0) {
            return (
              <p className="rounded-2xl border border-dashed border-line px-6 py-6 text-center text-ink-muted">
                {t('safetyQueue.empty')}
              </p>
            )
          }
          return (
            <>
              <ul className="flex flex-col gap-3">
                {items.map((alert) => (
                  <li key={alert.id}>
                    <AlertRow alert={alert} />
                  </li>
                ))}
              </ul>
              <LoadMore pages={alerts} label={t('safetyQueue.more')} />
            </>
          )
        }}
      </QueryStates>
    </Page>
  )
}

function AlertRow({ alert }: { alert: SafetyAlert }) {
  return (
    <Link
      to={`/safety/${alert.id}`}
      className={cx(
        'flex flex-col gap-2 rounded-2xl border bg-surface p-4 hover:bg-surface-muted',
        alert.status === 'open' ? 'border-danger border-s-4' : 'border-line',
      )}
    >
      <span className="text-lg font-bold text-ink">{alert.patient.name}</span>
      <AlertFacts alert={alert} />
    </Link>
  )
}
