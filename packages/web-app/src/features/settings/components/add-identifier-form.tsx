import {
  Button,
  TextField,
  toLatinDigits,
  useCountdown,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useAddIdentifier, useSendIdentifierCode } from '../api/identifiers.ts'
import { IdentifierCodeStep } from './identifier-code-step.tsx'

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
      <IdentifierCodeStep
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
