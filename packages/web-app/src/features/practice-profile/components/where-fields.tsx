import { fieldErrorText, TextAreaField, TextField, useTranslation } from '@yektayar/ui'
import { useFormContext } from 'react-hook-form'
import type { PracticeDraft } from '../practice-form-model.ts'

/** Where sessions happen: the office for in-person ones, the psychologist's own video room. */
export function WhereFields({ onEdit }: { onEdit: () => void }) {
  const { t } = useTranslation()
  const { register, formState } = useFormContext<PracticeDraft>()
  const { errors } = formState
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField
        label={t('practiceProfile.where.address')}
        hint={t('practiceProfile.where.addressHint')}
        dir="auto"
        rows={3}
        maxLength={300}
        error={fieldErrorText(errors.officeAddress, t)}
        {...register('officeAddress', { onChange: onEdit })}
      />
      <TextField
        label={t('practiceProfile.where.roomUrl')}
        hint={t('practiceProfile.where.roomUrlHint')}
        type="url"
        dir="ltr"
        inputMode="url"
        autoComplete="url"
        placeholder="https://"
        error={fieldErrorText(errors.roomUrl, t)}
        {...register('roomUrl', { onChange: onEdit })}
      />
    </div>
  )
}
