import { useTranslation } from '@yektayar/ui'
import { Page } from '../../../shared/page.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { CrisisLines } from '../../../shared/safety/crisis-lines.tsx'
import { useSafetyPlan } from '../../../shared/safety/safety-api.ts'
import { addSafetyMessages } from '../../../shared/safety/safety-messages.ts'
import { SafetyPlanEditor } from '../../../shared/safety/safety-plan-editor.tsx'

/**
 * /safety-plan: the patient's Stanley–Brown plan, to read in a hard moment and to write on a
 * calmer day. The numbers come first; the plan is kept for offline reading (offline-keys).
 */
export function SafetyPlanPage() {
  addSafetyMessages()
  const { t } = useTranslation()
  const plan = useSafetyPlan()
  return (
    <Page messages="safety.plan" width="max-w-3xl">
      <section aria-labelledby="plan-lines" className="flex flex-col gap-2">
        <h2 id="plan-lines" className="font-bold text-ink">
          {t('shell.crisisLines.title')}
        </h2>
        <CrisisLines />
      </section>
      <QueryStates query={plan}>
        {(data) => <SafetyPlanEditor key={data.updatedAt} plan={data} />}
      </QueryStates>
    </Page>
  )
}
