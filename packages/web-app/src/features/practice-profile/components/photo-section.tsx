import { useQueryClient } from '@tanstack/react-query'
import type { MyProfessionalProfile } from '@yektayar/shared/types'
import { Card, useLanguage, useTranslation } from '@yektayar/ui'
import { MY_PROFILE_KEY } from '../../../shared/api/my-profile.ts'
import { nameIn } from '../../../shared/person-name.ts'
import { PhotoEditor } from '../../../shared/photo/photo-editor.tsx'

/** The directory photo: chosen, cropped and uploaded on its own, apart from the form's save. */
export function PhotoSection({ profile }: { profile: MyProfessionalProfile }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const queryClient = useQueryClient()
  const onChanged = (photoUrl: string | null) => {
    queryClient.setQueryData<MyProfessionalProfile>(MY_PROFILE_KEY, (old) =>
      old ? { ...old, photoUrl } : old,
    )
    // The card and the public page show it too.
    void queryClient.invalidateQueries({ queryKey: ['professionals', 'detail'] })
    void queryClient.invalidateQueries({ queryKey: ['professionals', 'list'] })
  }
  return (
    <section aria-labelledby="practice-photo-title">
      <Card className="flex flex-col gap-4 p-5 sm:p-7">
        <div className="flex flex-col gap-1.5">
          <h2 id="practice-photo-title" className="text-xl font-bold text-ink">
            {t('practiceProfile.photo.title')}
          </h2>
          <p className="text-sm text-ink-muted">{t('practiceProfile.photo.lead')}</p>
        </div>
        <PhotoEditor
          purpose="psychologist_photo"
          url={profile.photoUrl}
          name={nameIn(profile.name, language)}
          onChanged={onChanged}
        />
      </Card>
    </section>
  )
}
