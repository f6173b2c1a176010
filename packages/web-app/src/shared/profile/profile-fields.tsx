import { fieldErrorText, SwitchField, TextField, useTranslation } from '@yektayar/ui'
import { type UseFormReturn, useController } from 'react-hook-form'
import type { ProfileDraft } from './profile-draft.ts'

export interface ProfileFieldsProps {
  form: UseFormReturn<ProfileDraft>
  /** Called on every edit, e.g. to clear an earlier save's outcome. */
  onEdit?: () => void
  /** Discreet mode is for patients: staff names stay real so patients know who they see. */
  showDiscreetMode: boolean
}

/** Names, nickname and discreet mode: shared by the welcome form and Settings. */
export function ProfileFields({ form, onEdit, showDiscreetMode }: ProfileFieldsProps) {
  const { t } = useTranslation()
  const { errors } = form.formState
  const field = (name: 'firstName' | 'lastName' | 'nickname') => ({
    ...form.register(name, { onChange: onEdit }),
    error: fieldErrorText(errors[name], t),
  })
  const discreet = useController({ control: form.control, name: 'discreetMode' })
  return (
    <div className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t('common.profile.firstName')}
          autoComplete="given-name"
          required
          {...field('firstName')}
        />
        <TextField
          label={t('common.profile.lastName')}
          autoComplete="family-name"
          required
          {...field('lastName')}
        />
      </div>
      <TextField
        label={t('common.profile.nickname')}
        hint={t('common.profile.nicknameHint')}
        autoComplete="nickname"
        {...field('nickname')}
      />
      {showDiscreetMode && (
        <div className="rounded-xl border border-line bg-surface-muted p-4">
          <SwitchField
            label={t('common.profile.discreetMode')}
            hint={t('common.profile.discreetModeHint')}
            checked={discreet.field.value}
            onChange={(checked) => {
              onEdit?.()
              discreet.field.onChange(checked)
            }}
          />
        </div>
      )}
    </div>
  )
}
