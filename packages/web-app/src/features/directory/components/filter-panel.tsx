import { Button, formatMoney, SelectField, useLanguage, useTranslation } from '@yektayar/ui'
import { LANGUAGE_KEYS, languageName } from '../../../shared/display-names.ts'
import {
  type DirectoryFilters,
  GENDER_KEYS,
  hasActiveFilters,
  MAX_PRICE_TOMAN,
  MODE_KEYS,
  SPECIALTY_KEYS,
} from '../directory-filters.ts'

export interface FilterPanelProps {
  filters: DirectoryFilters
  /** Receives only what changed: the page merges it onto the newest filters. */
  onChange: (patch: Partial<DirectoryFilters>) => void
}

/** Every change applies at once (no "apply" button): the list and the URL follow. */
export function FilterPanel({ filters, onChange }: FilterPanelProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const any = (key: string): [string, string] => ['', t(`directory.filters.${key}`)]
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="sr-only">{t('directory.filters.title')}</legend>
      <SelectField
        label={t('directory.filters.specialty')}
        value={filters.specialty ?? ''}
        onChange={({ target: { value } }) =>
          onChange({ specialty: SPECIALTY_KEYS.find((key) => key === value) })
        }
        options={[
          any('anySpecialty'),
          ...SPECIALTY_KEYS.map((key): [string, string] => [key, t(`common.specialties.${key}`)]),
        ]}
      />
      <SelectField
        label={t('directory.filters.language')}
        value={filters.language ?? ''}
        onChange={({ target: { value } }) => onChange({ language: value || undefined })}
        options={[
          any('anyLanguage'),
          ...LANGUAGE_KEYS.map((key): [string, string] => [key, languageName(key, language)]),
        ]}
      />
      <SelectField
        label={t('directory.filters.gender')}
        value={filters.gender ?? ''}
        onChange={({ target: { value } }) =>
          onChange({ gender: GENDER_KEYS.find((key) => key === value) })
        }
        options={[
          any('anyGender'),
          ...GENDER_KEYS.map((key): [string, string] => [key, t(`directory.genders.${key}`)]),
        ]}
      />
      <SelectField
        label={t('directory.filters.mode')}
        value={filters.mode ?? ''}
        onChange={({ target: { value } }) =>
          onChange({ mode: MODE_KEYS.find((key) => key === value) })
        }
        options={[
          any('anyMode'),
          ...MODE_KEYS.map((key): [string, string] => [key, t(`common.sessionModes.${key}`)]),
        ]}
      />
      <SelectField
        label={t('directory.filters.maxPrice')}
        value={filters.maxPriceToman ? String(filters.maxPriceToman) : ''}
        onChange={({ target: { value } }) =>
          onChange({ maxPriceToman: value ? Number(value) : undefined })
        }
        options={[
          any('anyPrice'),
          ...MAX_PRICE_TOMAN.map((toman): [string, string] => [
            String(toman),
            t('directory.filters.upTo', { price: formatMoney(toman * 10, language) }),
          ]),
        ]}
      />
      <label className="flex min-h-11 cursor-pointer items-center gap-3 text-ink">
        <input
          type="checkbox"
          checked={filters.availableSoon}
          onChange={(event) => onChange({ availableSoon: event.target.checked })}
          className="size-5 accent-primary"
        />
        {t('directory.filters.availableSoon')}
      </label>
      {hasActiveFilters(filters) && (
        <Button
          variant="ghost"
          onClick={() =>
            onChange({
              specialty: undefined,
              language: undefined,
              gender: undefined,
              mode: undefined,
              maxPriceToman: undefined,
              availableSoon: false,
            })
          }
        >
          {t('directory.filters.clear')}
        </Button>
      )}
    </fieldset>
  )
}
