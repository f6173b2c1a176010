import { APPROACHES, SPECIALTIES } from '@yektayar/shared/types'
import { fieldErrorText, TextAreaField, useLanguage, useTranslation } from '@yektayar/ui'
import { useFormContext, useWatch } from 'react-hook-form'
import { LANGUAGE_KEYS, languageName } from '../../../shared/display-names.ts'
import type { PracticeDraft } from '../practice-form-model.ts'
import { TagPicker } from './tag-picker.tsx'

/** updateProfessionalProfileBodySchema's limits. */
const LIMITS = { bio: 4000, specialties: 16, approaches: 11, languages: 10 }

type TagField = 'specialties' | 'approaches' | 'languages'

/** Who the psychologist is: the bio in both languages, topics, approaches and languages. */
export function AboutFields({ onEdit }: { onEdit: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { register, control, setValue, formState } = useFormContext<PracticeDraft>()
  const [specialties, approaches, languages] = useWatch({
    control,
    name: ['specialties', 'approaches', 'languages'],
  })
  const { errors } = formState
  const setTags = (name: TagField) => (values: string[]) => {
    onEdit()
    setValue(name, values, { shouldDirty: true })
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 lg:grid-cols-2">
        <TextAreaField
          label={t('practiceProfile.about.bioFa')}
          hint={t('practiceProfile.about.bioHint')}
          dir="rtl"
          rows={6}
          maxLength={LIMITS.bio}
          error={fieldErrorText(errors.bioFa, t)}
          {...register('bioFa', { onChange: onEdit })}
        />
        <TextAreaField
          label={t('practiceProfile.about.bioEn')}
          hint={t('practiceProfile.about.bioEnHint')}
          dir="ltr"
          rows={6}
          maxLength={LIMITS.bio}
          error={fieldErrorText(errors.bioEn, t)}
          {...register('bioEn', { onChange: onEdit })}
        />
      </div>
      <TagPicker
        label={t('practiceProfile.about.specialties')}
        values={specialties}
        options={SPECIALTIES}
        nameOf={(key) => t(`common.specialties.${key}`)}
        max={LIMITS.specialties}
        onChange={setTags('specialties')}
      />
      <TagPicker
        label={t('practiceProfile.about.approaches')}
        values={approaches}
        options={APPROACHES}
        nameOf={(key) => t(`common.approaches.${key}`)}
        max={LIMITS.approaches}
        onChange={setTags('approaches')}
      />
      <TagPicker
        label={t('practiceProfile.about.languages')}
        values={languages}
        options={[...new Set([...LANGUAGE_KEYS, ...languages])]}
        nameOf={(code) => languageName(code, language)}
        max={LIMITS.languages}
        min={1}
        error={fieldErrorText(errors.languages, t)}
        onChange={setTags('languages')}
      />
    </div>
  )
}
