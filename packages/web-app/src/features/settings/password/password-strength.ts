import {
  judgePassword,
  normalizePassword,
  PASSWORD_ESTIMATED_CHARACTERS,
  type PasswordEstimator,
  type PasswordPolicyCode,
  passwordLength,
} from '@yektayar/shared/types'
import { useDeferredValue, useEffect, useState } from 'react'

export interface PasswordStrength {
  /** zxcvbn's 0–4, as the server scores it. */
  score: number
  /** Why the server would refuse it, or null when it would accept it. */
  refusal: PasswordPolicyCode | null
  length: number
}

let loading: Promise<PasswordEstimator> | undefined

function loadEstimator(): Promise<PasswordEstimator> {
  loading ??= import('./password-estimator.ts').then((module) => module.passwordEstimator)
  return loading
}

/** Judges a password exactly as the server will (the shared judgePassword). */
export function strengthOf(password: string, estimator: PasswordEstimator): PasswordStrength {
  const characters = [...normalizePassword(password)]
  return {
    score: estimator.score(characters.slice(0, PASSWORD_ESTIMATED_CHARACTERS).join('')),
    refusal: judgePassword(password, estimator),
    length: passwordLength(password),
  }
}

/**
 * The strength of what is being typed, or null before anything is typed or while the
 * estimator is still arriving. The estimator is fetched on the first character.
 */
export function usePasswordStrength(password: string): PasswordStrength | null {
  const [estimator, setEstimator] = useState<PasswordEstimator>()
  const typed = useDeferredValue(password)
  const wanted = typed.length > 0
  useEffect(() => {
    if (!wanted || estimator) return
    let current = true
    void loadEstimator().then((loaded) => current && setEstimator(() => loaded))
    return () => {
      current = false
    }
  }, [wanted, estimator])
  if (!wanted || !estimator) return null
  return strengthOf(typed, estimator)
}
