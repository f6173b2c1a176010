import { type ChangeEvent, type ClipboardEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button.tsx'
import { TextField } from '../components/text-field.tsx'
import { localizeDigits, toLatinDigits } from '../format/digits.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { StepForm, useStepError } from './step-form.tsx'

export const OTP_LENGTH = 6

export interface CodeFormProps {
  identifier: string
  /** Called with exactly six ASCII digits. */
  onSubmit: (code: string) => void
  pending: boolean
  error: unknown
  /** Seconds until a new code may be asked for; 0 enables the resend button. */
  resendIn: number
  resending: boolean
  onResend: () => void
  onChangeIdentifier: () => void
}

/**
 * The code inside pasted text such as the whole SMS ("کد ورود شما به یکتایار: ۱۲۳۴۵۶ …"): the
 * first run of exactly six digits, so the other numbers in the message are not mixed in.
 */
export function codeInText(text: string): string | null {
  return toLatinDigits(text).match(/(?<!\d)\d{6}(?!\d)/)?.[0] ?? null
}

// Left-to-right isolate, so a phone number or address keeps its order inside Persian text.
const isolate = (text: string) => `\u2066${text}\u2069`

/** Second sign-in step: the code from SMS or email, in any digits the keyboard produces. */
export function CodeForm(props: CodeFormProps) {
  const { identifier, onSubmit, pending, error, resendIn, resending } = props
  const { t } = useTranslation('ui')
  const language = useLanguage()
  const stepError = useStepError()
  const [code, setCode] = useState('')
  const [incomplete, setIncomplete] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  // A phone number reads in the reader's digits; an email address stays exactly as typed.
  const shownIdentifier = identifier.includes('@')
    ? identifier
    : localizeDigits(identifier, language)

  // This step replaces the identifier form; put keyboard and screen-reader users where the
  // next thing to type is.
  useEffect(() => input.current?.focus(), [])

  const accept = (next: string) => {
    setCode(next)
    setIncomplete(false)
    // SMS autofill and paste deliver all six digits at once; do not make people press a button.
    if (next.length === OTP_LENGTH && next !== code && !pending) onSubmit(next)
  }

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    accept(toLatinDigits(event.target.value).replace(/\D/g, '').slice(0, OTP_LENGTH))
  }

  // A pasted code replaces what is in the field rather than being appended to half a code.
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = codeInText(event.clipboardData.getData('text'))
    if (!pasted) return
    event.preventDefault()
    accept(pasted)
  }

  const submit = () => {
    setIncomplete(code.length !== OTP_LENGTH)
    if (code.length === OTP_LENGTH) onSubmit(code)
  }

  return (
    <StepForm
      onSubmit={submit}
      pending={pending}
      submitLabel={t('signIn.verify')}
      after={
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Button variant="ghost" onClick={props.onChangeIdentifier}>
            {t('signIn.changeIdentifier')}
          </Button>
          <Button
            variant="ghost"
            onClick={props.onResend}
            disabled={resendIn > 0}
            loading={resending}
          >
            {resendIn > 0 ? t('signIn.resendIn', { seconds: resendIn }) : t('signIn.resend')}
          </Button>
        </div>
      }
    >
      <p className="text-ink-muted">
        {t('signIn.codeSentTo', { identifier: isolate(shownIdentifier) })}
      </p>
      <TextField
        label={t('signIn.codeLabel')}
        ref={input}
        name="code"
        dir="ltr"
        inputMode="numeric"
        autoComplete="one-time-code"
        inputClassName="text-center text-2xl tracking-[0.5em]"
        value={localizeDigits(code, language)}
        onChange={change}
        onPaste={paste}
        error={stepError(incomplete ? t('signIn.codeIncomplete') : null, error)}
      />
    </StepForm>
  )
}
