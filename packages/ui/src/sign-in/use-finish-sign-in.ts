import { useQueryClient } from '@tanstack/react-query'
import type { SignInResponse } from '@yektayar/shared'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { rememberSessionToken } from '../api/api-transport.ts'
import { ME_KEY } from '../session/api/me.ts'
import { useRefreshSession } from '../session/api/session.ts'

/** Where a finished sign-in goes, from the `next` page that asked for it and the answer. */
export type LandingPath = (next: string | null, outcome: SignInResponse | undefined) => string

/**
 * After any successful sign-in: the cached "signed out" session is wrong now, the account's own
 * language wins (it may have been chosen on another device), and we move on to the right page.
 */
export function useFinishSignIn(landingPath: LandingPath) {
  const queryClient = useQueryClient()
  const refreshSession = useRefreshSession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { i18n } = useTranslation()
  return async (outcome: SignInResponse | undefined) => {
    // Before asking for the session: a bearer client (the Android app) signs in with it.
    if (outcome?.token) rememberSessionToken(outcome.token)
    if (outcome?.user) queryClient.setQueryData(ME_KEY, outcome.user)
    const language = outcome?.user?.preferences?.language
    if ((language === 'fa' || language === 'en') && language !== i18n.resolvedLanguage) {
      void i18n.changeLanguage(language)
    }
    // Wait for the new session: RequireSession on the next page would otherwise still read the
    // cached "signed out" answer and send the person straight back here.
    await refreshSession()
    // Each app's shell shows the notice (see shell/flash-notice.tsx).
    navigate(landingPath(params.get('next'), outcome), {
      replace: true,
      state: { notice: 'signedIn' },
    })
  }
}
