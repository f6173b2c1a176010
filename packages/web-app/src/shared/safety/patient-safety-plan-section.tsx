import { Card, isApiError, useTranslation } from '@yektayar/ui'
import { QueryStates } from '../query-states.tsx'
import { useSafetyPlan } from './safety-api.ts'
import { addSafetyMessages } from './safety-messages.ts'
import { SafetyPlanEditor } from './safety-plan-editor.tsx'

/**
 * A patient's safety plan for their treating psychologist, on a session's page, where the two
 * write it together. Before a confirmed session the server answers 404, said plainly.
 */
export function PatientSafetyPlanSection({ patientId }: { patientId: string }) {
  addSafetyMessages()
  const { t } = useTranslation()
  const plan = useSafetyPlan(patientId)
  const notYet = isApiError(plan.error) && plan.error.code === 'NOT_FOUND'
  return (
    <Card className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-bold text-ink">{t('safety.plan.patientTitle')}</h2>
        <p className="text-sm text-ink-muted">{t('safety.plan.patientLead')}</p>
      </header>
      {notYet ? (
        <p className="text-ink-muted">{t('safety.plan.notYet')}</p>
      ) : (
        <QueryStates query={plan} compact>
          {(data) => <SafetyPlanEditor key={data.updatedAt} plan={data} patientId={patientId} />}
        </QueryStates>
      )}
    </Card>
  )
}
