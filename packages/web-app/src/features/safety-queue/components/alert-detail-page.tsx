import type { SafetyAlertDetail, SafetyTrigger } from '@yektayar/shared/types'
import {
  Button,
  buttonClasses,
  Card,
  DateTimeText,
  TextAreaField,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { AlertFacts } from '../../../shared/safety/alert-summary.tsx'
import {
  useAcknowledgeAlert,
  useResolveAlert,
  useSafetyAlert,
} from '../../../shared/safety/safety-alerts-api.ts'
import { useLiveSafetyAlerts } from '../../../shared/safety/use-live-safety-alerts.ts'
import { addSafetyQueueMessages } from '../safety-queue-messages.ts'

/** /safety/:alertId: what the patient wrote, in context, and the responder's next steps. */
export function AlertDetailPage() {
  addSafetyQueueMessages()
  const { t } = useTranslation()
  const { alertId = '' } = useParams()
  const alert = useSafetyAlert(alertId)
  useLiveSafetyAlerts()
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <title>{t('safetyQueue.detail.pageTitle')}</title>
      <Link to="/safety" className="self-start font-semibold text-primary hover:underline">
        {t('safetyQueue.detail.back')}
      </Link>
      <QueryStates query={alert}>{(data) => <AlertDetail alert={data} />}</QueryStates>
    </div>
  )
}

function AlertDetail({ alert }: { alert: SafetyAlertDetail }) {
  const { t } = useTranslation()
  return (
    <>
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-extrabold text-ink">
          {alert.viewerTreats ? (
            // Their own patient: the summary has the sessions, questionnaires and safety plan.
            <Link to={`/patients/${alert.patient.id}`} className="hover:underline">
              {alert.patient.name}
            </Link>
          ) : (
            alert.patient.name
          )}
        </h1>
        <AlertFacts alert={alert} />
        {alert.threadId && (
          <Link
            to={`/messages/${alert.threadId}`}
            className={buttonClasses({ variant: 'secondary', className: 'self-start' })}
          >
            {t('safetyQueue.detail.thread')}
          </Link>
        )}
      </header>
      <Steps alert={alert} />
      <section aria-labelledby="alert-triggers" className="flex flex-col gap-3">
        <h2 id="alert-triggers" className="text-xl font-bold text-ink">
          {t('safetyQueue.detail.triggers')}
        </h2>
        <ol className="flex flex-col gap-3">
          {alert.triggers.map((trigger) => (
            <li key={`${trigger.at}-${trigger.sourceId ?? trigger.source}`}>
              <TriggerItem trigger={trigger} />
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}

function TriggerItem({ trigger }: { trigger: SafetyTrigger }) {
  const { t } = useTranslation()
  return (
    <Card className="flex flex-col gap-2">
      <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
        <span className="font-semibold">{t(`safetyAlerts.sources.${trigger.source}`)}</span>
        <DateTimeText value={trigger.at} style="dayMonth" />
      </p>
      {trigger.text ? (
        <blockquote
          dir="auto"
          className="whitespace-pre-wrap break-words border-s-4 border-primary ps-3 text-lg text-ink"
        >
          {trigger.text}
        </blockquote>
      ) : (
        <p className="text-ink-muted">{t('safetyQueue.detail.noText')}</p>
      )}
      <p className="text-sm text-ink">
        {trigger.reasons.map((reason) => t(`safetyAlerts.reasons.${reason}`)).join(' · ')}
      </p>
    </Card>
  )
}

/** Acknowledge, then resolve with a note; who did each, once done. */
function Steps({ alert }: { alert: SafetyAlertDetail }) {
  const { t } = useTranslation()
  const acknowledge = useAcknowledgeAlert(alert.id)
  return (
    <Card className="flex flex-col gap-4">
      {alert.acknowledgedBy && (
        <p className="text-ink">
          {t('safetyQueue.detail.acknowledgedBy', { name: alert.acknowledgedBy.name })}
          {alert.acknowledgedAt && (
            <>
              {' · '}
              <DateTimeText value={alert.acknowledgedAt} style="dayMonth" />
            </>
          )}
        </p>
      )}
      {alert.status === 'open' && (
        <Button
          className="self-start"
          needsConnection
          loading={acknowledge.isPending}
          onClick={() => acknowledge.mutate()}
        >
          {t('safetyQueue.detail.acknowledge')}
        </Button>
      )}
      <ProblemAlert error={acknowledge.error} />
      {alert.status === 'resolved' ? (
        <div className="flex flex-col gap-1">
          <p className="font-semibold text-ink">
            {t('safetyQueue.detail.resolvedBy', { name: alert.resolvedBy?.name ?? '' })}
          </p>
          <p dir="auto" className="whitespace-pre-wrap text-ink">
            {alert.resolutionNote}
          </p>
        </div>
      ) : (
        <ResolveForm alertId={alert.id} />
      )}
    </Card>
  )
}

function ResolveForm({ alertId }: { alertId: string }) {
  const { t } = useTranslation()
  const resolve = useResolveAlert(alertId)
  const [note, setNote] = useState('')
  const [missing, setMissing] = useState(false)
  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = note.trim()
        setMissing(!trimmed)
        if (trimmed) resolve.mutate(trimmed)
      }}
    >
      <TextAreaField
        label={t('safetyQueue.detail.note')}
        hint={t('safetyQueue.detail.noteHint')}
        error={missing ? t('safetyQueue.detail.noteMissing') : null}
        value={note}
        maxLength={2000}
        onChange={(event) => setNote(event.target.value)}
      />
      <Button
        type="submit"
        variant="secondary"
        className="self-start"
        needsConnection
        loading={resolve.isPending}
      >
        {t('safetyQueue.detail.resolve')}
      </Button>
      <ProblemAlert error={resolve.error} />
    </form>
  )
}
