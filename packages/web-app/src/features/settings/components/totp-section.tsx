import { zodResolver } from '@hookform/resolvers/zod'
import { totpCodeBodySchema } from '@yektayar/shared'
import type { User } from '@yektayar/shared/types'
import {
  Button,
  fieldErrorText,
  proofOf,
  TextField,
  useProblemMessage,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
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

/** The server's own body for enabling: any digits typed become six ASCII ones. */
const enrolResolver = zodResolver(totpCodeBodySchema, {
  error: () => 'settings.totp.codeInvalid',
})
const ENROL_FIELDS = { 'body.code': 'code' } as const

/** One field takes either proof the server accepts (proofOf decides which it is). */
const proofFormSchema = z.object({
  proof: z.string().refine((typed) => proofOf(typed) !== null, 'settings.totp.proofInvalid'),
})
const PROOF_FIELDS = { 'body.totpCode': 'proof', 'body.recoveryCode': 'proof' } as const

/** Staff only: enrol an authenticator app, turn it off, or renew recovery codes. */
export function TotpSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const markTotp = useMarkTotp()
  const [codes, setCodes] = useState<string[] | null>(null)
  return (
    <SettingsSection
      area="totp"
      id="two-step"
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
  const placeServerErrors = useServerFieldErrors()
  const form = useForm<{ code: string }, unknown, { code: string }>({
    defaultValues: { code: '' },
    resolver: enrolResolver,
  })

  if (!setup.data) {
    return (
      <div className="flex flex-col gap-3">
        {setup.error ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {describe(setup.error)}
          </p>
        ) : null}
        <Button
          className="self-start"
          loading={setup.isPending}
          needsConnection
          onClick={() => setup.mutate()}
        >
          {t('settings.totp.start')}
        </Button>
      </div>
    )
  }

  const submit = form.handleSubmit(({ code }) =>
    enable.mutate(code, {
      onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes),
      onError: (error) => {
        if (!placeServerErrors(error, ENROL_FIELDS, form.setError)) {
          form.setError('code', { type: 'server', message: describe(error) })
        }
      },
    }),
  )

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
        error={fieldErrorText(form.formState.errors.code, t)}
        {...form.register('code', { onChange: () => enable.reset() })}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={enable.isPending} needsConnection>
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
  const placeServerErrors = useServerFieldErrors()
  const form = useForm<{ proof: string }>({
    defaultValues: { proof: '' },
    resolver: zodResolver(proofFormSchema),
  })
  const onError = (error: unknown) => {
    if (!placeServerErrors(error, PROOF_FIELDS, form.setError)) {
      form.setError('proof', { type: 'server', message: describe(error) })
    }
  }
  // Two actions share the one proof: each button validates and sends it its own way.
  const withProof = (action: (proof: TotpProof) => void) =>
    form.handleSubmit(({ proof }) => {
      const parsed = proofOf(proof)
      if (parsed) action(parsed)
    })

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="flex flex-col gap-5">
      <TextField
        label={t('settings.totp.proof')}
        dir="ltr"
        autoComplete="one-time-code"
        error={fieldErrorText(form.formState.errors.proof, t)}
        {...form.register('proof', {
          onChange: () => {
            disable.reset()
            renew.reset()
          },
        })}
      />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          loading={renew.isPending}
          needsConnection
          onClick={withProof((proof) =>
            renew.mutate(proof, {
              onSuccess: ({ recoveryCodes }) => onNewCodes(recoveryCodes),
              onError,
            }),
          )}
        >
          {t('settings.totp.renew')}
        </Button>
        <Button
          variant="danger"
          loading={disable.isPending}
          needsConnection
          onClick={withProof((proof) =>
            disable.mutate(proof, { onSuccess: () => form.reset(), onError }),
          )}
        >
          {t('settings.totp.disable')}
        </Button>
      </div>
    </form>
  )
}
