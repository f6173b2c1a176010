import { PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE } from '@yektayar/shared/types'
import { localizeDigits, useLanguage, useTranslation } from '@yektayar/ui'
import { usePasswordStrength } from './password-strength.ts'

const LEVELS = ['veryWeak', 'weak', 'fair', 'good', 'strong'] as const

export interface PasswordStrengthMeterProps {
  password: string
  /** The id the password field names in aria-describedby. */
  id: string
}

/**
 * How guessable the new password is, scored as the server scores it, with the reason it would
 * be refused. The rule itself (the minimum length) shows before anything is typed.
 */
export function PasswordStrengthMeter({ password, id }: PasswordStrengthMeterProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const strength = usePasswordStrength(password)
  const digits = (value: number) => localizeDigits(String(value), language)
  const rule = t('settings.password.rule', { min: digits(PASSWORD_MIN_LENGTH) })
  if (!strength) {
    return (
      <p id={id} className="text-sm text-ink-muted">
        {rule}
      </p>
    )
  }
  const level = t(`settings.password.strength.${LEVELS[strength.score] ?? 'veryWeak'}`)
  const verdict = strength.refusal
    ? t(`settings.password.refusal.${strength.refusal}`, {
        count: digits(strength.length),
        min: digits(PASSWORD_MIN_LENGTH),
      })
    : t('settings.password.accepted')
  return (
    <div id={id} className="flex flex-col gap-1.5">
      {/* low/high/optimum let the browser colour it: red below 2, amber at 2, green from 3. */}
      <meter
        min={0}
        max={4}
        low={2}
        high={PASSWORD_MIN_SCORE}
        optimum={4}
        value={strength.score}
        aria-label={t('settings.password.strength.label')}
        aria-valuetext={level}
        className="h-2 w-full"
      />
      <p className="text-sm text-ink-muted" aria-live="polite">
        <span className="font-semibold text-ink">
          {t('settings.password.strength.label')}: {level}
        </span>{' '}
        — {verdict}
      </p>
    </div>
  )
}
