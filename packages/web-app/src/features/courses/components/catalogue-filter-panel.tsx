import {
  COURSE_CONTENT_TYPES,
  COURSE_DIFFICULTIES,
  COURSE_PRICE_FILTERS,
} from '@yektayar/shared/types'
import { Button, cx, SelectField, useTranslation } from '@yektayar/ui'
import {
  type CatalogueFilters,
  DURATION_KEYS,
  hasActiveFilters,
  TAG_KEYS,
} from '../catalogue-filters.ts'

export interface CatalogueFilterPanelProps {
  filters: CatalogueFilters
  /** Receives only what changed: the page merges it onto the newest filters. */
  onChange: (patch: Partial<CatalogueFilters>) => void
}

/** Topics as toggle buttons, then level, format, length and cost; each applies at once. */
export function CatalogueFilterPanel({ filters, onChange }: CatalogueFilterPanelProps) {
  const { t } = useTranslation()
  const pickFrom = <T extends string>(list: readonly T[], value: string) =>
    list.find((item) => item === value)
  const toggleTag = (tag: string) =>
    onChange({
      tags: filters.tags.includes(tag)
        ? filters.tags.filter((chosen) => chosen !== tag)
        : [...filters.tags, tag],
    })
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="sr-only">{t('courses.filters.title')}</legend>
      <div className="flex flex-col gap-2">
        <span id="course-tags" className="text-sm font-medium text-ink">
          {t('courses.filters.tags')}
        </span>
        <ul aria-labelledby="course-tags" className="flex flex-wrap gap-2">
          {TAG_KEYS.map((tag) => {
            const on = filters.tags.includes(tag)
            return (
              <li key={tag}>
                <button
                  type="button"
                  aria-pressed={on}
                  onClick={() => toggleTag(tag)}
                  className={cx(
                    'min-h-11 rounded-full border px-4 text-sm font-medium transition-colors',
                    on
                      ? 'border-primary bg-primary text-on-primary'
                      : 'border-line-strong bg-surface text-ink hover:bg-surface-muted',
                  )}
                >
                  {t(`courses.tags.${tag}`)}
                </button>
              </li>
            )
          })}
        </ul>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t('courses.filters.difficulty')}
          value={filters.difficulty ?? ''}
          onChange={({ target: { value } }) =>
            onChange({ difficulty: pickFrom(COURSE_DIFFICULTIES, value) })
          }
          options={[
            ['', t('courses.filters.anyDifficulty')],
            ...COURSE_DIFFICULTIES.map((key): [string, string] => [
              key,
              t(`courses.difficulties.${key}`),
            ]),
          ]}
        />
        <SelectField
          label={t('courses.filters.type')}
          value={filters.contentType ?? ''}
          onChange={({ target: { value } }) =>
            onChange({ contentType: pickFrom(COURSE_CONTENT_TYPES, value) })
          }
          options={[
            ['', t('courses.filters.anyType')],
            ...COURSE_CONTENT_TYPES.map((key): [string, string] => [
              key,
              t(`courses.types.${key}`),
            ]),
          ]}
        />
        <SelectField
          label={t('courses.filters.duration')}
          value={filters.duration ?? ''}
          onChange={({ target: { value } }) =>
            onChange({ duration: pickFrom(DURATION_KEYS, value) })
          }
          options={[
            ['', t('courses.filters.anyDuration')],
            ...DURATION_KEYS.map((key): [string, string] => [key, t(`courses.durations.${key}`)]),
          ]}
        />
        <SelectField
          label={t('courses.filters.price')}
          value={filters.price ?? ''}
          onChange={({ target: { value } }) =>
            onChange({ price: pickFrom(COURSE_PRICE_FILTERS, value) })
          }
          options={[
            ['', t('courses.filters.anyPrice')],
            ...COURSE_PRICE_FILTERS.map((key): [string, string] => [
              key,
              t(`courses.prices.${key}`),
            ]),
          ]}
        />
      </div>
      {hasActiveFilters(filters) && (
        <Button
          variant="ghost"
          className="self-start"
          onClick={() =>
            onChange({
              tags: [],
              difficulty: undefined,
              contentType: undefined,
              duration: undefined,
              price: undefined,
            })
          }
        >
          {t('courses.filters.clear')}
        </Button>
      )}
    </fieldset>
  )
}
