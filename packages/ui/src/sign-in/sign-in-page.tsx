import { useTranslation } from 'react-i18next'
import { Navigate, useSearchParams } from 'react-router'
import { Button } from '../components/button.tsx'
import { Card } from '../components/card.tsx'
import { useSession } from '../session/api/session.ts'
import { safeNextPath } from '../session/safe-next-path.ts'
import { useSessionPaths } from '../session/session-paths.tsx'
import { CodeForm } from './code-form.tsx'
import { IdentifierForm } from './identifier-form.tsx'
import { PasswordForm } from './password-form.tsx'
import { SecondFactorForm } from './second-factor-form.tsx'
import type { LandingPath } from './use-finish-sign-in.ts'
import { asksSecondFactor, type SignInFlow, useSignInFlow } from './use-sign-in-flow.ts'

/** The app's own words for the first step: who this sign-in is for. */
export interface SignInTexts {
  pageTitle: string
  title: string
  lead: string
}

export interface SignInPageProps {
  texts: SignInTexts
  /** Where a finished sign-in goes; by default a safe `next` page, else the app's home. */
  landingPath?: LandingPath
}

/** The whole sign-in: code or password, then two-step sign-in for staff who turned it on. */
export function SignInPage({ texts, landingPath }: SignInPageProps) {
  const { t } = useTranslation('ui')
  const session = useSession()
  const [params] = useSearchParams()
  const { home } = useSessionPaths()
  const flow = useSignInFlow(landingPath ?? ((next) => safeNextPath(next) ?? home))

  // Someone already signed in has nothing to do here. The form shows while the session is
  // asked for, so visitors (nearly everyone who opens this page) never wait for it.
  if (session.data && !flow.justSignedIn) {
    return <Navigate to={safeNextPath(params.get('next')) ?? home} replace />
  }

  const heading = {
    identifier: texts.title,
    code: t('signIn.codeTitle'),
    password: texts.title,
    'second-factor': t('signIn.secondFactor.title'),
  }[flow.step]
  const lead = {
    identifier: texts.lead,
    code: null,
    password: t('signIn.password.lead'),
    'second-factor': t('signIn.secondFactor.lead'),
  }[flow.step]

  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-20">
      <title>{texts.pageTitle}</title>
      <Card className="flex flex-col gap-6 p-6 sm:p-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-extrabold text-ink">{heading}</h1>
          {lead && <p className="text-ink-muted">{lead}</p>}
        </div>
        <SignInStepForm flow={flow} />
      </Card>
    </div>
  )
}

function SignInStepForm({ flow }: { flow: SignInFlow }) {
  const { t } = useTranslation('ui')
  const { step, identifier, sendOtp, verifyOtp, passwordLogin, goTo } = flow
  switch (step) {
    case 'identifier':
      return (
        <div className="flex flex-col gap-3">
          <IdentifierForm
            defaultValue={identifier}
            onSubmit={flow.requestCode}
            pending={sendOtp.isPending}
            error={sendOtp.error}
          />
          <Button variant="ghost" onClick={() => goTo('password')}>
            {t('signIn.password.switch')}
          </Button>
        </div>
      )
    case 'code':
      return (
        <CodeForm
          identifier={identifier}
          onSubmit={flow.verify}
          pending={verifyOtp.isPending}
          error={verifyOtp.error ?? sendOtp.error}
          resendIn={flow.countdown.remaining}
          resending={sendOtp.isPending}
          onResend={() => flow.requestCode(identifier)}
          onChangeIdentifier={() => goTo('identifier')}
        />
      )
    case 'password':
      return (
        <PasswordForm
          defaultIdentifier={identifier}
          onSubmit={flow.signInWithPassword}
          pending={passwordLogin.isPending}
          error={asksSecondFactor(passwordLogin.error) ? null : passwordLogin.error}
          onUseCode={() => goTo('identifier')}
        />
      )
    case 'second-factor': {
      const error = verifyOtp.error ?? passwordLogin.error
      return (
        <SecondFactorForm
          onSubmit={flow.proveSecondFactor}
          pending={verifyOtp.isPending || passwordLogin.isPending}
          error={asksSecondFactor(error) ? null : error}
          onCancel={() => goTo('identifier')}
        />
      )
    }
  }
}
