import type { SignInResponse } from '@yektayar/shared'
import { safeNextPath } from '@yektayar/ui'

/** What the sign-in answer must carry for us to choose where to go next. */
export type SignInOutcome = Partial<Pick<SignInResponse, 'user' | 'isNewUser'>> | undefined

/** True until the person has told us their first name (a new account, or one left half-done). */
export function needsOnboarding(outcome: SignInOutcome): boolean {
  const firstName = outcome?.user?.profile?.firstName
  return typeof firstName !== 'string' || firstName.trim() === ''
}

/**
 * Where a finished sign-in goes: back to the page that asked for it (a local path only), else
 * the welcome form for someone we do not know by name yet, else their dashboard.
 */
export function landingPathAfterSignIn(next: string | null, outcome: SignInOutcome): string {
  return safeNextPath(next) ?? (needsOnboarding(outcome) ? '/welcome' : '/dashboard')
}
