import { useQueryClient } from '@tanstack/react-query'
import type { SignInResponse } from '@yektayar/shared'
import { useTranslation } from '@yektayar/ui'
import { useNavigate, useSearchParams } from 'react-router'
import { ME_KEY, useRefreshSession } from '../session/api/session.ts'
import { landingPathAfterSignIn } from './landing-path.ts'

/**
 * After any successful sign-in: the cached "signed out" session is wrong now, the account's own
 * language wins (it may have been chosen on another device), and we move on to the right page.
 */
export function useFinishSignIn() {
  const queryClient = useQueryClient()
  const refreshSession = useRefreshSession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { i18n } = useTranslation()
  return async (outcome: SignInResponse | undefined) => {
    if (outcome?.user) queryClient.setQueryData(ME_KEY, outcome.user)
    const language = outcome?.user?.preferences?.language
    if ((language === 'fa' || language === 'en') && language !== i18n.resolvedLanguage) {
      void i18n.changeLanguage(language)
    }
    // Wait for the new session: RequireSession on the next page would otherwise still read the
    // cached "signed out" answer and send the person straight back here.
    await refreshSession()
    // The shell shows the notice (see app/flash-notice.tsx).
    navigate(landingPathAfterSignIn(params.get('next'), outcome), {
      replace: true,
      state: { notice: 'signedIn' },
    })
  }
}
