import {
  COURSE_CONTENT_TYPES,
  COURSE_DIFFICULTIES,
  COURSE_PRICE_FILTERS,
} from '@yektayar/shared/types'

/** Topics the filter offers; courses may carry others, shown as written. */
export const TAG_KEYS = [
  'sleep',
  'anxiety',
  'worry',
  'stress',
  'breathing',
  'grounding',
  'mindfulness',
  'cbt',
  'mood',
  'depression',
  'relationships',
  'self-care',
] as const

/** Length bands, in minutes: [from, to], `to` null for open-ended. */
export const DURATIONS = {
  short: [0, 15],
  medium: [15, 30],
  long: [30, 60],
  longer: [60, null],
} as const satisfies Record<string, readonly [number, number | null]>

export type DurationKey = keyof typeof DURATIONS
export const DURATION_KEYS = Object.keys(DURATIONS) as DurationKey[]

export interface CatalogueFilters {
  q?: string
  tags: string[]
  difficulty?: (typeof COURSE_DIFFICULTIES)[number]
  contentType?: (typeof COURSE_CONTENT_TYPES)[number]
  duration?: DurationKey
  price?: (typeof COURSE_PRICE_FILTERS)[number]
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value)

/** The filters live in the page's URL; anything unknown in it is dropped, not sent. */
export function filtersFromParams(params: URLSearchParams): CatalogueFilters {
  const tags = (params.get('tags') ?? '').split(',').filter((tag) => /^[a-z0-9-]{1,30}$/.test(tag))
  return {
    q: params.get('q')?.slice(0, 80) || undefined,
    tags: [...new Set(tags)].slice(0, 10),
    difficulty: pick(COURSE_DIFFICULTIES, params.get('difficulty')),
    contentType: pick(COURSE_CONTENT_TYPES, params.get('type')),
    duration: pick(DURATION_KEYS, params.get('duration')),
    price: pick(COURSE_PRICE_FILTERS, params.get('price')),
  }
}

export function filtersToParams(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.tags.length > 0) params.set('tags', filters.tags.join(','))
  if (filters.difficulty) params.set('difficulty', filters.difficulty)
  if (filters.contentType) params.set('type', filters.contentType)
  if (filters.duration) params.set('duration', filters.duration)
  if (filters.price) params.set('price', filters.price)
  return params
}

/** The API's query for these filters. */
export function apiQueryOf(filters: CatalogueFilters, limit = 12): string {
  const params = new URLSearchParams()
  const q = filters.q?.trim()
  if (q) params.set('q', q)
  if (filters.tags.length > 0) params.set('tags', filters.tags.join(','))
  if (filters.difficulty) params.set('difficulty', filters.difficulty)
  if (filters.contentType) params.set('contentType', filters.contentType)
  if (filters.price) params.set('price', filters.price)
  if (filters.duration) {
    const [from, to] = DURATIONS[filters.duration]
    if (from > 0) params.set('minMinutes', String(from + 1))
    if (to !== null) params.set('maxMinutes', String(to))
  }
  params.set('limit', String(limit))
  return params.toString()
}

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return Boolean(
    filters.tags.length > 0 ||
      filters.difficulty ||
      filters.contentType ||
      filters.duration ||
      filters.price,
  )
}
