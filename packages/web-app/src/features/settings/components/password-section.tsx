import { zodResolver } from '@hookform/resolvers/zod'
import { changePasswordBodySchema } from '@yektayar/shared'
import type { User } from '@yektayar/shared/types'
import {
  Button,
  cx,
  fieldErrorText,
  isApiError,
  TextField,
  useProblemMessage,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { useChangePassword } from '../api/change-password.ts'
import { PasswordStrengthMeter } from '../password/password-strength-meter.tsx'
import { SettingsSection } from './settings-section.tsx'

/** The shared request body plus the repeat; the current password only once there is one. */
function passwordFormSchema(asksCurrent: boolean) {
  const body = asksCurrent
    ? changePasswordBodySchema.required({ currentPassword: true })
    : changePasswordBodySchema.omit({ currentPassword: true })
  return body.extend({ confirm: z.string() }).refine((form) => form.confirm === form.newPassword, {
    path: ['confirm'],
    message: 'settings.password.mismatch',
  })
}

type PasswordForm = { currentPassword?: string; newPassword: string; confirm: string }

// The schema is strict, as the server's: no current-password key when none is asked for.
const emptyForm = (asksCurrent: boolean): PasswordForm =>
  asksCurrent
    ? { currentPassword: '', newPassword: '', confirm: '' }
    : { newPassword: '', confirm: '' }
const SERVER_FIELDS = {
  'body.currentPassword': 'currentPassword',
  'body.newPassword': 'newPassword',
} as const

/**
 * Sets a first password, or changes it with the current one. The meter judges the new password
 * by the server's own rule as it is typed; the server's answer still shows under the field.
 */
export function PasswordSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const placeServerErrors = useServerFieldErrors()
  const changePassword = useChangePassword()
  const asksCurrent = me.hasPassword
  const form = useForm<PasswordForm>({
    defaultValues: emptyForm(asksCurrent),
    // An empty field is the only length the form judges itself.
    resolver: zodResolver(passwordFormSchema(asksCurrent), {
      error: (issue) => (issue.code === 'too_small' ? 'settings.password.required' : undefined),
    }),
  })
  const { errors } = form.formState
  const newId = useId()
  const newPassword = form.watch('newPassword')

  const submit = form.handleSubmit(({ currentPassword, newPassword }) =>
    changePassword.mutate(asksCurrent ? { currentPassword, newPassword } : { newPassword }, {
      onSuccess: () => form.reset(emptyForm(asksCurrent)),
      onError: (error) => {
        if (placeServerErrors(error, SERVER_FIELDS, form.setError)) return
        const wrongCurrent = isApiError(error) && error.code === 'CURRENT_PASSWORD_INVALID'
        form.setError(wrongCurrent ? 'currentPassword' : 'newPassword', {
          type: 'server',
          message: describe(error),
        })
      },
    }),
  )
  const field = (name: keyof PasswordForm) =>
    form.register(name, { onChange: () => changePassword.reset() })

  return (
    <SettingsSection
      area="password"
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
            error={fieldErrorText(errors.currentPassword, t)}
            {...field('currentPassword')}
          />
        )}
        <div className="flex flex-col gap-2">
          <TextField
            id={newId}
            label={t('settings.password.new')}
            type="password"
            dir="ltr"
            autoComplete="new-password"
            error={fieldErrorText(errors.newPassword, t)}
            {...field('newPassword')}
            aria-describedby={cx(`${newId}-strength`, errors.newPassword && `${newId}-error`)}
          />
          <PasswordStrengthMeter id={`${newId}-strength`} password={newPassword} />
        </div>
        <TextField
          label={t('settings.password.confirm')}
          type="password"
          dir="ltr"
          autoComplete="new-password"
          error={fieldErrorText(errors.confirm, t)}
          {...field('confirm')}
        />
        <p role="status" className="min-h-5 text-sm font-medium text-success">
          {changePassword.isSuccess ? t('settings.password.done') : ''}
        </p>
        <Button
          type="submit"
          className="self-start"
          loading={changePassword.isPending}
          needsConnection
        >
          {asksCurrent ? t('settings.password.submitChange') : t('settings.password.submitSet')}
        </Button>
      </form>
    </SettingsSection>
  )
}
