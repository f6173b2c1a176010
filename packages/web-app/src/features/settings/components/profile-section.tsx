import type { User } from '@yektayar/shared/types'
import { Button, useServerFieldErrors, useTranslation } from '@yektayar/ui'
import { useUpdateMe } from '../../../shared/api/update-me.ts'
import { initialsOf, profileBodyOf } from '../../../shared/profile/profile-draft.ts'
import { ProfileFields } from '../../../shared/profile/profile-fields.tsx'
import { PROFILE_SERVER_FIELDS, useProfileForm } from '../../../shared/profile/profile-form.ts'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

export function ProfileSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const updateMe = useUpdateMe()
  const placeServerErrors = useServerFieldErrors()
  const form = useProfileForm(me)
  const [firstName = '', lastName = ''] = form.watch(['firstName', 'lastName'])

  const submit = form.handleSubmit((draft) =>
    updateMe.mutate(profileBodyOf(draft), {
      onError: (error) => placeServerErrors(error, PROFILE_SERVER_FIELDS, form.setError),
    }),
  )

  return (
    <SettingsSection area="profile">
      <div className="flex items-center gap-4">
        <span
          role="img"
          aria-label={t('settings.profile.photo')}
          className="flex size-16 shrink-0 items-center justify-center rounded-full bg-primary-soft text-xl font-extrabold text-primary"
        >
          {initialsOf({ firstName, lastName }) || '؟'}
        </span>
        <p className="text-sm text-ink-muted">{t('settings.profile.photoSoon')}</p>
      </div>
      <form noValidate onSubmit={submit} className="flex flex-col gap-5">
        <ProfileFields
          form={form}
          onEdit={() => updateMe.reset()}
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
