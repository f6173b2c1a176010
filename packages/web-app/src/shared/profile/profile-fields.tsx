import { SwitchField, TextField, useTranslation } from '@yektayar/ui'
import type { ProfileDraft, ProfileErrors } from './profile-draft.ts'

export interface ProfileFieldsProps {
  value: ProfileDraft
  onChange: (next: ProfileDraft) => void
  errors: ProfileErrors
  /** Discreet mode is for patients: staff names stay real so patients know who they see. */
  showDiscreetMode: boolean
}

/** Names, nickname and discreet mode: shared by the welcome form and Settings. */
export function ProfileFields({ value, onChange, errors, showDiscreetMode }: ProfileFieldsProps) {
  const { t } = useTranslation()
  const set = (patch: Partial<ProfileDraft>) => onChange({ ...value, ...patch })
  const errorOf = (field: keyof ProfileErrors) =>
    errors[field] ? t(`common.profile.errors.${errors[field]}`) : null
  return (
    <div className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t('common.profile.firstName')}
          name="firstName"
          autoComplete="given-name"
          required
          value={value.firstName}
          onChange={(event) => set({ firstName: event.target.value })}
          error={errorOf('firstName')}
        />
        <TextField
          label={t('common.profile.lastName')}
          name="lastName"
          autoComplete="family-name"
          required
          value={value.lastName}
          onChange={(event) => set({ lastName: event.target.value })}
          error={errorOf('lastName')}
        />
      </div>
      <TextField
        label={t('common.profile.nickname')}
        hint={t('common.profile.nicknameHint')}
        name="nickname"
        autoComplete="nickname"
        value={value.nickname}
        onChange={(event) => set({ nickname: event.target.value })}
        error={errorOf('nickname')}
      />
      {showDiscreetMode && (
        <div className="rounded-xl border border-line bg-surface-muted p-4">
          <SwitchField
            label={t('common.profile.discreetMode')}
            hint={t('common.profile.discreetModeHint')}
            checked={value.discreetMode}
            onChange={(discreetMode) => set({ discreetMode })}
          />
        </div>
      )}
    </div>
  )
}
