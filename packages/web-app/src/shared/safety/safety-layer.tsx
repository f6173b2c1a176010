import { useSession, useTranslation } from '@yektayar/ui'
import { lazy, Suspense, useEffect } from 'react'
import { CrisisLines } from './crisis-lines.tsx'
import { closeHelpNow, useHelpNowOpen } from './help-now-store.ts'
import { dismissSafetyDecision, useSafetyDecision } from './safety-decision-store.ts'

const loadCard = () => import('./safety-card.tsx')
const loadConcern = () => import('./concern-panel.tsx')
const SafetyCard = lazy(async () => ({ default: (await loadCard()).SafetyCard }))
const ConcernPanel = lazy(async () => ({ default: (await loadConcern()).ConcernPanel }))

/**
 * What the safety module's decisions show, over any page (DESIGN §11): the crisis card, or the
 * gentler resources. Their code is fetched as soon as a patient is signed in, before anything
 * they write can need it, so a slow network cannot delay the card; should it still be on its
 * way, the emergency numbers (first-screen code) are shown meanwhile.
 */
export function SafetyLayer() {
  const session = useSession()
  const decision = useSafetyDecision()
  const helpOpen = useHelpNowOpen()
  const isPatient = session.data?.user.type === 'patient'

  useEffect(() => {
    if (!isPatient) return
    void loadCard().catch(() => undefined)
    void loadConcern().catch(() => undefined)
  }, [isPatient])

  if (decision?.level === 'crisis' || helpOpen) {
    const crisis = decision?.level === 'crisis' ? decision : null
    const close = () => {
      closeHelpNow()
      if (crisis) dismissSafetyDecision()
    }
    return (
      <Suspense fallback={<LinesWhileLoading />}>
        <SafetyCard decision={crisis} onClose={close} />
      </Suspense>
    )
  }
  if (decision?.level === 'concern') {
    return (
      <Suspense fallback={null}>
        <ConcernPanel onClose={dismissSafetyDecision} />
      </Suspense>
    )
  }
  return null
}

function LinesWhileLoading() {
  const { t } = useTranslation()
  return (
    <section
      aria-labelledby="crisis-lines-loading"
      className="fixed inset-x-0 bottom-0 z-50 border-t border-line bg-surface p-4 shadow-lg"
    >
      <h2 id="crisis-lines-loading" className="mb-3 font-bold text-ink">
        {t('shell.crisisLines.title')}
      </h2>
      <CrisisLines />
    </section>
  )
}
