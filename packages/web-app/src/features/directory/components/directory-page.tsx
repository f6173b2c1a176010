import {
  Button,
  cx,
  EmptyState,
  ErrorState,
  formatNumber,
  LoadMore,
  SelectField,
  Spinner,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import { type CardShape, CardSkeletons } from '../../../shared/card-skeletons.tsx'
import { Page } from '../../../shared/page.tsx'
import { SearchAsYouTypeField } from '../../../shared/search-as-you-type-field.tsx'
import { useLatestSearchParams } from '../../../shared/use-latest-search-params.ts'
import { useProfessionals } from '../api/professionals.ts'
import {
  apiQueryOf,
  type DirectoryFilters,
  filtersFromParams,
  filtersToParams,
  SORT_KEYS,
} from '../directory-filters.ts'
import { useMediaQuery } from '../use-media-query.ts'
import { FilterPanel } from './filter-panel.tsx'
import { ProfessionalCard } from './professional-card.tsx'

/** A psychologist's card: two columns, a round photo. */
const PSYCHOLOGIST_CARD: CardShape = {
  grid: 'sm:grid-cols-2',
  card: 'min-h-72',
  media: 'size-16 rounded-full',
}

export function DirectoryPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const [params, setParams] = useLatestSearchParams()
  const filters = filtersFromParams(params)
  const list = useProfessionals(apiQueryOf(filters))
  const [filtersOpen, setFiltersOpen] = useState(false)
  // On a phone the panel stays unbuilt until asked for: its selects were a good part of the
  // page's first render there. `lg` in Tailwind's default breakpoints.
  const wide = useMediaQuery('(min-width: 64rem)')
  const panelId = useId()
  const update = useCallback(
    (patch: Partial<DirectoryFilters>) =>
      setParams((latest) => filtersToParams({ ...filtersFromParams(latest), ...patch })),
    [setParams],
  )
  const search = useCallback((q: string) => update({ q: q || undefined }), [update])
  // Counted on the first page only; unknown when "free soon" filters row by row.
  const total = list.data?.pages[0]?.total ?? null
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data])
  // The cards render in a background pass that React splits into short tasks: a dozen of them
  // in one go blocked a mid-range phone's main thread for a fifth of a second.
  const shownItems = useDeferredValue(items)
  const cardsPending = list.isPending || (items.length > 0 && shownItems.length === 0)

  return (
    <Page messages="directory" width="max-w-6xl">
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <aside aria-label={t('directory.filters.title')} className="flex flex-col gap-3">
          <Button
            variant="secondary"
            className="lg:hidden"
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('directory.filters.show')}
          </Button>
          <div
            id={panelId}
            className={cx(
              'rounded-2xl border border-line bg-surface p-4 lg:block',
              filtersOpen ? 'block' : 'hidden',
            )}
          >
            {(filtersOpen || wide) && <FilterPanel filters={filters} onChange={update} />}
          </div>
        </aside>
        <section aria-labelledby={`${panelId}-results`} className="flex flex-col gap-4">
          <h2 id={`${panelId}-results`} className="sr-only">
            {t('directory.title')}
          </h2>
          <SearchAsYouTypeField
            value={filters.q ?? ''}
            onChange={search}
            label={t('directory.filters.search')}
            hint={t('directory.filters.searchHint')}
          />
          <div className="flex items-end justify-between gap-3">
            <div className="w-full sm:w-64">
              <SelectField
                label={t('directory.filters.sort')}
                value={filters.sort}
                onChange={({ target: { value } }) =>
                  update({ sort: SORT_KEYS.find((key) => key === value) ?? 'experience' })
                }
                options={SORT_KEYS.map((key): [string, string] => [
                  key,
                  t(`directory.sorts.${key}`),
                ])}
              />
            </div>
            <div className="mb-3 flex items-center gap-2">
              {list.isFetching && !list.isFetchingNextPage && !list.isPending && (
                <Spinner className="size-5 text-primary" />
              )}
              {total !== null && !list.isPending && (
                <p role="status" className="whitespace-nowrap text-sm text-ink-muted">
                  {t('directory.list.count', { n: formatNumber(total, language) })}
                </p>
              )}
            </div>
          </div>
          {cardsPending ? (
            <CardSkeletons count={4} shape={PSYCHOLOGIST_CARD} />
          ) : list.isError && items.length === 0 ? (
            <ErrorState error={list.error} onRetry={() => list.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState
              title={t('directory.list.emptyTitle')}
              description={t('directory.list.emptyBody')}
            />
          ) : (
            <>
              <ul className="grid gap-4 sm:grid-cols-2">
                {shownItems.map((professional) => (
                  // Cards off screen skip style and layout until scrolled to: laying out a dozen
                  // cards of Persian text at once was the page's longest task on a phone.
                  <li
                    key={professional.id}
                    className="flex [contain-intrinsic-size:auto_18rem] [content-visibility:auto]"
                  >
                    <div className="flex w-full flex-col">
                      <ProfessionalCard professional={professional} />
                    </div>
                  </li>
                ))}
              </ul>
              <LoadMore pages={list} label={t('directory.list.more')} />
            </>
          )}
        </section>
      </div>
    </Page>
  )
}
