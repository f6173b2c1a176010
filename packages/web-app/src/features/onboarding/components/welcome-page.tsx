import { Card, useMe, useTranslation } from '@yektayar/ui'
import { useNavigate } from 'react-router'
import { QueryStates } from '../../../shared/query-states.tsx'
import { OnboardingForm } from './onboarding-form.tsx'

/** /welcome: the first page after a new person's first sign-in. */
export function WelcomePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const me = useMe()
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-10 sm:py-16">
      <title>{t('onboarding.pageTitle')}</title>
      <Card className="flex flex-col gap-6 p-6 sm:p-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-extrabold text-ink">{t('onboarding.title')}</h1>
          <p className="text-ink-muted">{t('onboarding.lead')}</p>
        </div>
        <QueryStates query={me}>
          {(user) => (
            <OnboardingForm me={user} onDone={() => navigate('/dashboard', { replace: true })} />
          )}
        </QueryStates>
      </Card>
    </div>
  )
}
