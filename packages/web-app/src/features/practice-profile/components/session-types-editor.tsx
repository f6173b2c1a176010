import { SESSION_MODES } from '@yektayar/shared/types'
import {
  Button,
  fieldErrorText,
  formatMoney,
  formatNumber,
  SelectField,
  SwitchField,
  TextField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { NEW_SESSION_TYPE, type PracticeDraft, tomanToRials } from '../practice-form-model.ts'

/** replaceSessionTypesBodySchema allows this many. */
const MAX_SESSION_TYPES = 20

export interface SessionTypesEditorProps {
  onEdit: () => void
}

/** The kinds of session offered: add, change, switch off or remove; saved with the page. */
export function SessionTypesEditor({ onEdit }: SessionTypesEditorProps) {
  const { t } = useTranslation()
  const { control } = useFormContext<PracticeDraft>()
  // Our own `id` is the stored type's; the list's React keys go elsewhere.
  const types = useFieldArray({ control, name: 'sessionTypes', keyName: 'key' })
  return (
    <div className="flex flex-col gap-4">
      {types.fields.length === 0 && (
        <p className="rounded-xl bg-surface-muted p-4 text-sm text-ink-muted">
          {t('practiceProfile.sessionTypes.empty')}
        </p>
      )}
      <ol className="flex flex-col gap-4">
        {types.fields.map((field, index) => (
          <SessionTypeFields
            key={field.key}
            index={index}
            onEdit={onEdit}
            onRemove={() => {
              onEdit()
              types.remove(index)
            }}
          />
        ))}
      </ol>
      <Button
        variant="secondary"
        disabled={types.fields.length >= MAX_SESSION_TYPES}
        onClick={() => {
          onEdit()
          types.append({ ...NEW_SESSION_TYPE })
        }}
        className="self-start"
      >
        {t('practiceProfile.sessionTypes.add')}
      </Button>
    </div>
  )
}

interface SessionTypeFieldsProps {
  index: number
  onEdit: () => void
  onRemove: () => void
}

function SessionTypeFields({ index, onEdit, onRemove }: SessionTypeFieldsProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { register, control, formState } = useFormContext<PracticeDraft>()
  const type = useWatch({ control, name: `sessionTypes.${index}` })
  const problems = formState.errors.sessionTypes?.[index]
  const position = formatNumber(index + 1, language)
  const title =
    (language === 'en' ? type.nameEn : type.nameFa) || t('practiceProfile.sessionTypes.untitled')
  const rials = tomanToRials(type.priceToman)
  const field = (name: 'nameFa' | 'nameEn' | 'duration' | 'priceToman') => ({
    ...register(`sessionTypes.${index}.${name}`, { onChange: onEdit }),
    error: fieldErrorText(problems?.[name], t),
  })
  return (
    <li className="flex flex-col gap-4 rounded-xl border border-line p-4">
      <div className="flex items-start justify-between gap-3">
        <h3 className="min-w-0 break-words font-bold text-ink">
          <span className="text-ink-muted">{position}. </span>
          {title}
        </h3>
        <button
          type="button"
          onClick={onRemove}
          className="inline-flex min-h-11 shrink-0 items-center rounded-xl px-4 text-sm font-semibold text-danger hover:bg-danger-soft"
          aria-label={t('practiceProfile.sessionTypes.removeNamed', { position })}
        >
          {t('practiceProfile.sessionTypes.remove')}
        </button>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('practiceProfile.sessionTypes.nameFa')}
          dir="rtl"
          {...field('nameFa')}
        />
        <TextField
          label={t('practiceProfile.sessionTypes.nameEn')}
          dir="ltr"
          {...field('nameEn')}
        />
        <TextField
          label={t('practiceProfile.sessionTypes.duration')}
          hint={t('practiceProfile.sessionTypes.durationHint')}
          inputMode="numeric"
          {...field('duration')}
        />
        <SelectField
          label={t('practiceProfile.sessionTypes.mode')}
          options={SESSION_MODES.map((mode) => [mode, t(`common.sessionModes.${mode}`)])}
          {...register(`sessionTypes.${index}.mode`, { onChange: onEdit })}
        />
        <TextField
          label={t('practiceProfile.sessionTypes.price')}
          hint={
            rials === null
              ? t('practiceProfile.sessionTypes.priceHint')
              : rials === 0
                ? t('practiceProfile.sessionTypes.free')
                : formatMoney(rials, language)
          }
          inputMode="numeric"
          {...field('priceToman')}
        />
        <div className="flex items-center sm:pt-7">
          <Controller
            control={control}
            name={`sessionTypes.${index}.isActive`}
            render={({ field: active }) => (
              <div className="w-full">
                <SwitchField
                  label={t('practiceProfile.sessionTypes.active')}
                  hint={t('practiceProfile.sessionTypes.activeHint')}
                  checked={active.value}
                  onChange={(checked) => {
                    onEdit()
                    active.onChange(checked)
                  }}
                />
              </div>
            )}
          />
        </div>
      </div>
    </li>
  )
}
