import type { User } from '@yektayar/shared/types'
import {
  Button,
  proofOf,
  TextField,
  toLatinDigits,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import {
  type TotpProof,
  useDisableTotp,
  useEnableTotp,
  useMarkTotp,
  useRenewRecoveryCodes,
  useStartTotpSetup,
} from '../api/totp.ts'
import { RecoveryCodes } from './recovery-codes.tsx'
import { SettingsSection } from './settings-section.tsx'

const SIX_DIGITS = /^\d{6}$/

const digitsOf = (typed: string) => toLatinDigits(typed).replace(/\s/g, '')

/** Staff only: enrol an authenticator app, turn it off, or renew recovery codes. */
export function TotpSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const markTotp = useMarkTotp()
  const [codes, setCodes] = useState<string[] | null>(null)
  return (
    <SettingsSection
      id="two-step"
      title={t('settings.totp.title')}
      lead={me.totpEnabled ? t('settings.totp.leadOn') : t('settings.totp.leadOff')}
    >
      {me.totpRequired && !me.totpEnabled && (
        <p className="rounded-xl bg-primary-soft px-4 py-3 text-sm font-medium text-primary">
          {t('settings.totp.required')}
        </p>
      )}
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      ) : me.totpEnabled ? (
        <TotpManage onNewCodes={setCodes} />
      ) : (
        <TotpEnrol
          onEnabled={(recoveryCodes) => {
            setCodes(recoveryCodes)
            markTotp(true)
          }}
        />
      )}
    </SettingsSection>
  )
}

function TotpEnrol({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const setup = useStartTotpSetup()
  const enable = useEnableTotp()
  const [code, setCode] = useState('')
  const [incomplete, setIncomplete] = useState(false)

  if (!setup.data) {
    return (
      <div className="flex flex-col gap-3">
        {setup.error ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {describe(setup.error)}
          </p>
        ) : null}
        <Button className="self-start" loading={setup.isPending} onClick={() => setup.mutate()}>
          {t('settings.totp.start')}
        </Button>
      </div>
    )
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const digits = digitsOf(code)
    setIncomplete(!SIX_DIGITS.test(digits))
    if (SIX_DIGITS.test(digits)) {
      enable.mutate(digits, { onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes) })
    }
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-medium text-ink">{t('settings.totp.secret')}</p>
        <p className="text-sm text-ink-muted">{t('settings.totp.secretHint')}</p>
        <code
          dir="ltr"
          className="select-all break-all rounded-lg bg-surface-muted px-3 py-2 font-mono text-base text-ink"
        >
          {setup.data.secret}
        </code>
      </div>
      <div className="flex flex-col gap-2">
        <p className="text-sm font-medium text-ink">{t('settings.totp.uri')}</p>
        <code
          dir="ltr"
          className="select-all break-all rounded-lg bg-surface-muted px-3 py-2 font-mono text-xs text-ink"
        >
          {setup.data.uri}
        </code>
        <a href={setup.data.uri} className="self-start font-semibold text-primary underline">
          {t('settings.totp.openInApp')}
        </a>
      </div>
      <TextField
        label={t('settings.totp.code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        dir="ltr"
        maxLength={12}
        value={code}
        onChange={(event) => {
          enable.reset()
          setCode(event.target.value)
        }}
        error={
          incomplete ? t('settings.totp.codeInvalid') : enable.error ? describe(enable.error) : null
        }
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={enable.isPending}>
          {t('settings.totp.enable')}
        </Button>
        <Button variant="ghost" onClick={() => setup.reset()}>
          {t('settings.totp.cancel')}
        </Button>
      </div>
    </form>
  )
}

function TotpManage({ onNewCodes }: { onNewCodes: (codes: string[]) => void }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const disable = useDisableTotp()
  const renew = useRenewRecoveryCodes()
  const [typed, setTyped] = useState('')
  const [invalid, setInvalid] = useState(false)

  const withProof = (action: (proof: TotpProof) => void) => {
    const proof = proofOf(typed)
    setInvalid(!proof)
    if (proof) action(proof)
  }
  const error = disable.error ?? renew.error

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="flex flex-col gap-5">
      <TextField
        label={t('settings.totp.proof')}
        dir="ltr"
        autoComplete="one-time-code"
        value={typed}
        onChange={(event) => {
          disable.reset()
          renew.reset()
          setTyped(event.target.value)
        }}
        error={invalid ? t('settings.totp.proofInvalid') : error ? describe(error) : null}
      />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          loading={renew.isPending}
          onClick={() =>
            withProof((proof) =>
              renew.mutate(proof, { onSuccess: ({ recoveryCodes }) => onNewCodes(recoveryCodes) }),
            )
          }
        >
          {t('settings.totp.renew')}
        </Button>
        <Button
          variant="danger"
          loading={disable.isPending}
          onClick={() =>
            withProof((proof) => disable.mutate(proof, { onSuccess: () => setTyped('') }))
          }
        >
          {t('settings.totp.disable')}
        </Button>
      </div>
    </form>
  )
}
