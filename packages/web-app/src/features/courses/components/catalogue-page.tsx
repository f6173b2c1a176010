import { Button, cx, EmptyState, ErrorState, LoadMore, Spinner, useTranslation } from '@yektayar/ui'
import { useCallback, useId, useMemo, useState } from 'react'
import { type CardShape, CardSkeletons } from '../../../shared/card-skeletons.tsx'
import { Page } from '../../../shared/page.tsx'
import { SearchAsYouTypeField } from '../../../shared/search-as-you-type-field.tsx'
import { useLatestSearchParams } from '../../../shared/use-latest-search-params.ts'
import { useCourses } from '../api/catalogue.ts'
import {
  apiQueryOf,
  type CatalogueFilters,
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
} from '../catalogue-filters.ts'
import { addCoursesMessages } from '../courses-messages.ts'
import { CatalogueFilterPanel } from './catalogue-filter-panel.tsx'
import { CourseCard } from './course-card.tsx'

/** A course's card: up to three columns, a square icon. */
const COURSE_CARD: CardShape = {
  grid: 'sm:grid-cols-2 lg:grid-cols-3',
  card: 'min-h-56',
  media: 'size-11 rounded-xl',
}

/** /courses, open to visitors: search, filter, and page through the published courses. */
export function CataloguePage() {
  addCoursesMessages()
  const { t } = useTranslation()
  const [params, setParams] = useLatestSearchParams()
  const filters = filtersFromParams(params)
  const list = useCourses(apiQueryOf(filters))
  const [filtersOpen, setFiltersOpen] = useState(hasActiveFilters(filters))
  const panelId = useId()
  const update = useCallback(
    (patch: Partial<CatalogueFilters>) =>
      setParams((latest) => filtersToParams({ ...filtersFromParams(latest), ...patch })),
    [setParams],
  )
  const search = useCallback((q: string) => update({ q: q || undefined }), [update])
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data])

  return (
    <Page messages="courses" width="max-w-6xl">
      <div className="flex flex-col gap-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="flex-1">
            <SearchAsYouTypeField
              value={filters.q ?? ''}
              onChange={search}
              label={t('courses.search.label')}
              hint={t('courses.search.hint')}
              dir="auto"
            />
          </div>
          <Button
            variant="secondary"
            className="sm:mt-7"
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('courses.filters.show')}
          </Button>
        </div>
        <div
          id={panelId}
          className={cx('rounded-2xl border border-line bg-surface p-4', !filtersOpen && 'hidden')}
        >
          {filtersOpen && <CatalogueFilterPanel filters={filters} onChange={update} />}
        </div>
      </div>
      <section
        aria-labelledby={`${panelId}-results`}
        aria-busy={list.isFetching}
        className="flex flex-col gap-4"
      >
        <div className="flex items-center gap-2">
          <h2 id={`${panelId}-results`} className="sr-only">
            {t('courses.title')}
          </h2>
          {list.isFetching && !list.isFetchingNextPage && !list.isPending && (
            <Spinner className="size-5 text-primary" />
          )}
        </div>
        {list.isPending ? (
          <CardSkeletons count={6} shape={COURSE_CARD} />
        ) : list.isError && items.length === 0 ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            title={t('courses.list.emptyTitle')}
            description={t('courses.list.emptyBody')}
          />
        ) : (
          <>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {items.map((course) => (
                <li key={course.id} className="flex">
                  <div className="flex w-full flex-col">
                    <CourseCard course={course} />
                  </div>
                </li>
              ))}
            </ul>
            <LoadMore pages={list} label={t('courses.list.more')} />
          </>
        )}
      </section>
    </Page>
  )
}
