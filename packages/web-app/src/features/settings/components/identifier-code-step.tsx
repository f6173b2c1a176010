import {
  Button,
  codeInText,
  localizeDigits,
  OTP_LENGTH,
  TextField,
  toLatinDigits,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'

export interface IdentifierCodeStepProps {
  sentTo: string
  pending: boolean
  error: unknown
  resendIn: number
  resending: boolean
  onResend: () => void
  onVerify: (code: string) => void
  onCancel: () => void
}

/** The second step: the six digits sent to the new number or email, typed or pasted. */
export function IdentifierCodeStep(props: IdentifierCodeStepProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const [code, setCode] = useState('')
  const [incomplete, setIncomplete] = useState(false)
  const shownTo = props.sentTo.includes('@') ? props.sentTo : localizeDigits(props.sentTo, language)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setIncomplete(code.length !== OTP_LENGTH)
    if (code.length === OTP_LENGTH) props.onVerify(code)
  }
  const error = incomplete
    ? t('settings.identifiers.codeIncomplete')
    : props.error
      ? describe(props.error)
      : null
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <p className="text-sm text-ink-muted">
        {t('settings.identifiers.codeSent', { to: `\u2066${shownTo}\u2069` })}
      </p>
      <TextField
        label={t('settings.identifiers.code')}
        dir="ltr"
        inputMode="numeric"
        autoComplete="one-time-code"
        inputClassName="text-center text-xl tracking-[0.4em]"
        value={localizeDigits(code, language)}
        onChange={(event) =>
          setCode(toLatinDigits(event.target.value).replace(/\D/g, '').slice(0, OTP_LENGTH))
        }
        onPaste={(event) => {
          const pasted = codeInText(event.clipboardData.getData('text'))
          if (!pasted) return
          event.preventDefault()
          setCode(pasted)
        }}
        error={error}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" loading={props.pending}>
          {t('settings.identifiers.verify')}
        </Button>
        <Button variant="ghost" onClick={props.onCancel}>
          {t('settings.identifiers.cancel')}
        </Button>
        <Button
          variant="ghost"
          disabled={props.resendIn > 0}
          loading={props.resending}
          onClick={props.onResend}
        >
          {props.resendIn > 0
            ? t('settings.identifiers.resendIn', { seconds: props.resendIn })
            : t('settings.identifiers.resend')}
        </Button>
      </div>
    </form>
  )
}
