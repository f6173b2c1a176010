import {
  Button,
  codeInText,
  localizeDigits,
  OTP_LENGTH,
  TextField,
  toLatinDigits,
  useCountdown,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useAddIdentifier, useSendIdentifierCode } from '../api/identifiers.ts'

/**
 * Two steps: the number or email (a code goes to it), then the code. The server decides what
 * it is and whether it is valid; the code is only checked for being six digits here.
 */
export function AddIdentifierForm() {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const send = useSendIdentifierCode()
  const add = useAddIdentifier()
  const countdown = useCountdown()
  const [identifier, setIdentifier] = useState('')
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [added, setAdded] = useState(false)

  const sendCode = (to: string) =>
    send.mutate(to, {
      onSuccess: (answer) => {
        setSentTo(to)
        countdown.start(answer.resendAfterSeconds)
      },
    })
  const submitIdentifier = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setAdded(false)
    const typed = toLatinDigits(identifier.trim())
    if (typed) sendCode(typed)
  }
  const verify = (code: string) => {
    if (!sentTo) return
    add.mutate(
      { identifier: sentTo, code },
      {
        onSuccess: () => {
          setAdded(true)
          setSentTo(null)
          setIdentifier('')
          send.reset()
        },
      },
    )
  }

  if (sentTo) {
    return (
      <CodeStep
        sentTo={sentTo}
        pending={add.isPending}
        error={add.error ?? send.error}
        resendIn={countdown.remaining}
        resending={send.isPending}
        onResend={() => sendCode(sentTo)}
        onVerify={verify}
        onCancel={() => {
          setSentTo(null)
          add.reset()
        }}
      />
    )
  }
  return (
    <form noValidate onSubmit={submitIdentifier} className="flex flex-col gap-3">
      <TextField
        label={t('settings.identifiers.add')}
        hint={t('settings.identifiers.addHint')}
        dir="ltr"
        autoCapitalize="none"
        spellCheck={false}
        value={identifier}
        onChange={(event) => setIdentifier(event.target.value)}
        error={send.error ? describe(send.error) : null}
      />
      {added && (
        <p role="status" className="text-sm font-medium text-success">
          {t('settings.identifiers.added')}
        </p>
      )}
      <Button type="submit" variant="secondary" className="self-start" loading={send.isPending}>
        {t('settings.identifiers.sendCode')}
      </Button>
    </form>
  )
}

interface CodeStepProps {
  sentTo: string
  pending: boolean
  error: unknown
  resendIn: number
  resending: boolean
  onResend: () => void
  onVerify: (code: string) => void
  onCancel: () => void
}

function CodeStep(props: CodeStepProps) {
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
