import type { User } from '@yektayar/shared/types'
import { Button, isApiError, TextField, useProblemMessage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useChangePassword } from '../api/change-password.ts'
import { SettingsSection } from './settings-section.tsx'

type Field = 'current' | 'new' | 'confirm'
const EMPTY: Record<Field, string> = { current: '', new: '', confirm: '' }

/**
 * Sets a first password, or changes it with the current one. Length and the common-password
 * list are the server's to judge; its answer shows under the new password.
 */
export function PasswordSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const changePassword = useChangePassword()
  const [values, setValues] = useState(EMPTY)
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({})
  const asksCurrent = me.hasPassword

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (asksCurrent && values.current === '') found.current = t('settings.password.required')
    if (values.new === '') found.new = t('settings.password.required')
    else if (values.confirm !== values.new) found.confirm = t('settings.password.mismatch')
    setProblems(found)
    if (Object.keys(found).length > 0) return
    changePassword.mutate(
      asksCurrent
        ? { currentPassword: values.current, newPassword: values.new }
        : { newPassword: values.new },
      { onSuccess: () => setValues(EMPTY) },
    )
  }

  const field = (name: Field) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      changePassword.reset()
      setValues((old) => ({ ...old, [name]: event.target.value }))
    },
  })
  const code = changePassword.error ? describe(changePassword.error) : null
  const serverSaysCurrent =
    isApiError(changePassword.error) && changePassword.error.code === 'CURRENT_PASSWORD_INVALID'

  return (
    <SettingsSection
      id="password"
      title={t('settings.password.title')}
      lead={asksCurrent ? t('settings.password.leadChange') : t('settings.password.leadSet')}
    >
      <form noValidate onSubmit={submit} className="flex flex-col gap-5">
        {/* Lets password managers tie the new password to this account. */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={me.identifiers.find((i) => i.isPrimary)?.value ?? ''}
          readOnly
          hidden
        />
        {asksCurrent && (
          <TextField
            label={t('settings.password.current')}
            type="password"
            dir="ltr"
            autoComplete="current-password"
            error={problems.current ?? (serverSaysCurrent ? code : null)}
            {...field('current')}
          />
        )}
        <TextField
          label={t('settings.password.new')}
          hint={t('settings.password.newHint')}
          type="password"
          dir="ltr"
          autoComplete="new-password"
          error={problems.new ?? (!serverSaysCurrent ? code : null)}
          {...field('new')}
        />
        <TextField
          label={t('settings.password.confirm')}
          type="password"
          dir="ltr"
          autoComplete="new-password"
          error={problems.confirm}
          {...field('confirm')}
        />
        <p role="status" className="min-h-5 text-sm font-medium text-success">
          {changePassword.isSuccess ? t('settings.password.done') : ''}
        </p>
        <Button type="submit" className="self-start" loading={changePassword.isPending}>
          {asksCurrent ? t('settings.password.submitChange') : t('settings.password.submitSet')}
        </Button>
      </form>
    </SettingsSection>
  )
}
