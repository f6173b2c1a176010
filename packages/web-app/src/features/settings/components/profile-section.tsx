import type { User } from '@yektayar/shared/types'
import { Button, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useUpdateMe } from '../../../shared/api/update-me.ts'
import {
  draftOf,
  initialsOf,
  type ProfileErrors,
  profileBodyOf,
  validateDraft,
} from '../../../shared/profile/profile-draft.ts'
import { ProfileFields } from '../../../shared/profile/profile-fields.tsx'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

export function ProfileSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const updateMe = useUpdateMe()
  const [draft, setDraft] = useState(() => draftOf(me))
  const [errors, setErrors] = useState<ProfileErrors>({})

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validateDraft(draft)
    setErrors(found)
    if (Object.keys(found).length === 0) updateMe.mutate(profileBodyOf(draft))
  }

  return (
    <SettingsSection
      id="profile"
      title={t('settings.profile.title')}
      lead={t('settings.profile.lead')}
    >
      <div className="flex items-center gap-4">
        <span
          role="img"
          aria-label={t('settings.profile.photo')}
          className="flex size-16 shrink-0 items-center justify-center rounded-full bg-primary-soft text-xl font-extrabold text-primary"
        >
          {initialsOf(draft) || '؟'}
        </span>
        <p className="text-sm text-ink-muted">{t('settings.profile.photoSoon')}</p>
      </div>
      <form noValidate onSubmit={submit} className="flex flex-col gap-5">
        <ProfileFields
          value={draft}
          onChange={(next) => {
            updateMe.reset()
            setDraft(next)
          }}
          errors={errors}
          showDiscreetMode={me.type === 'patient'}
        />
        <SaveStatus error={updateMe.error} saved={updateMe.isSuccess} />
        <Button type="submit" className="self-start" loading={updateMe.isPending}>
          {t('settings.save')}
        </Button>
      </form>
    </SettingsSection>
  )
}
