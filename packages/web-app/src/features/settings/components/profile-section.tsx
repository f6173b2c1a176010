import { useQueryClient } from '@tanstack/react-query'
import type { User } from '@yektayar/shared/types'
import { Button, ME_KEY, useServerFieldErrors, useTranslation } from '@yektayar/ui'
import { useUpdateMe } from '../../../shared/api/update-me.ts'
import { PhotoEditor } from '../../../shared/photo/photo-editor.tsx'
import { profileBodyOf } from '../../../shared/profile/profile-draft.ts'
import { ProfileFields } from '../../../shared/profile/profile-fields.tsx'
import { PROFILE_SERVER_FIELDS, useProfileForm } from '../../../shared/profile/profile-form.ts'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

export function ProfileSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const updateMe = useUpdateMe()
  const queryClient = useQueryClient()
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
      <div className="flex flex-col gap-2">
        <h3 className="font-bold text-ink">{t('settings.profile.photo')}</h3>
        {me.type === 'patient' && (
          <p className="text-sm text-ink-muted">{t('settings.profile.photoDiscreet')}</p>
        )}
        <PhotoEditor
          purpose="avatar"
          url={avatarUrlOf(me)}
          name={[firstName, lastName].join(' ').trim() || '؟'}
          onChanged={(avatarUrl) =>
            queryClient.setQueryData<User>(ME_KEY, (old) =>
              old
                ? { ...old, profile: { ...old.profile, avatarUrl: avatarUrl ?? undefined } }
                : old,
            )
          }
        />
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

/** The server keeps the avatar's address in profile.avatarUrl (files module). */
function avatarUrlOf(me: User): string | null {
  const url = me.profile.avatarUrl
  return typeof url === 'string' && url !== '' ? url : null
}
