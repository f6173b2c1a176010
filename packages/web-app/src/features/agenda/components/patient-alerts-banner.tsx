import { useTranslation } from '@yektayar/ui'
import { addAlertMessages } from '../../../shared/safety/alert-messages.ts'
import { AlertFacts } from '../../../shared/safety/alert-summary.tsx'
import { useSafetyAlerts } from '../../../shared/safety/safety-alerts-api.ts'
import { useLiveSafetyAlerts } from '../../../shared/safety/use-live-safety-alerts.ts'

/**
 * The open safety alerts of the psychologist's own patients, above their agenda (the server
 * answers a psychologist with their patients' alerts only). Nothing when there are none, or
 * while they are asked for: the agenda itself must not wait on them.
 */
export function PatientAlertsBanner() {
  addAlertMessages()
  const { t } = useTranslation()
  const alerts = useSafetyAlerts('active')
  useLiveSafetyAlerts()
  const items = alerts.data?.pages.flatMap((page) => page.items) ?? []
  if (items.length === 0) return null
  return (
    <section
      aria-labelledby="patient-alerts"
      className="flex flex-col gap-3 rounded-2xl border-s-4 border-danger bg-danger-soft p-4"
    >
      <header className="flex flex-col gap-1">
        <h2 id="patient-alerts" className="text-lg font-bold text-ink">
          {t('safetyAlerts.agenda.title')}
        </h2>
        <p className="text-sm text-ink">{t('safetyAlerts.agenda.lead')}</p>
      </header>
      <ul className="flex flex-col gap-2">
        {items.map((alert) => (
          <li key={alert.id} className="flex flex-col gap-1 rounded-xl bg-surface p-3">
            <span className="font-bold text-ink">{alert.patient.name}</span>
            <AlertFacts alert={alert} />
          </li>
        ))}
      </ul>
    </section>
  )
}
