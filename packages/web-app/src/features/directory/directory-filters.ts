import {
  type PROFESSIONAL_GENDERS,
  PROFESSIONAL_SORTS,
  SESSION_MODES,
  SPECIALTIES,
} from '@yektayar/shared/types'
import { LANGUAGE_KEYS } from '../../shared/display-names.ts'

export const SPECIALTY_KEYS = SPECIALTIES
export const MODE_KEYS = SESSION_MODES
export const SORT_KEYS = PROFESSIONAL_SORTS
/** The filter offers the two genders people ask for; profiles may also say "other". */
export const GENDER_KEYS = [
  'female',
  'male',
] as const satisfies readonly (typeof PROFESSIONAL_GENDERS)[number][]
/** Price caps offered in toman: a short list is quicker on a phone than typing a number. */
export const MAX_PRICE_TOMAN = [500_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000] as const
/** "Has free time soon" means within this many days. */
export const AVAILABLE_WITHIN_DAYS = 7

export type Sort = (typeof SORT_KEYS)[number]

export interface DirectoryFilters {
  /** Part of a psychologist's name, as typed. */
  q?: string
  specialty?: (typeof SPECIALTY_KEYS)[number]
  language?: string
  gender?: (typeof GENDER_KEYS)[number]
  mode?: (typeof MODE_KEYS)[number]
  maxPriceToman?: number
  availableSoon: boolean
  sort: Sort
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value)

/**
 * The filters live in the page's URL (shareable, kept on back/forward); anything unknown in it
 * is ignored rather than sent to the API to be refused.
 */
export function filtersFromParams(params: URLSearchParams): DirectoryFilters {
  const maxPrice = Number(params.get('maxPrice'))
  return {
    q: params.get('q')?.slice(0, 80) || undefined,
    specialty: pick(SPECIALTY_KEYS, params.get('specialty')),
    language: pick(LANGUAGE_KEYS, params.get('language')),
    gender: pick(GENDER_KEYS, params.get('gender')),
    mode: pick(MODE_KEYS, params.get('mode')),
    maxPriceToman: Number.isSafeInteger(maxPrice) && maxPrice > 0 ? maxPrice : undefined,
    availableSoon: params.get('soon') === '1',
    sort: pick(SORT_KEYS, params.get('sort')) ?? 'experience',
  }
}

/** The page URL's query for these filters; defaults are left out to keep links short. */
export function filtersToParams(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.specialty) params.set('specialty', filters.specialty)
  if (filters.language) params.set('language', filters.language)
  if (filters.gender) params.set('gender', filters.gender)
  if (filters.mode) params.set('mode', filters.mode)
  if (filters.maxPriceToman) params.set('maxPrice', String(filters.maxPriceToman))
  if (filters.availableSoon) params.set('soon', '1')
  if (filters.sort !== 'experience') params.set('sort', filters.sort)
  return params
}

/** The API's query for these filters: prices go in rials (1 toman = 10 rials). */
export function apiQueryOf(filters: DirectoryFilters, limit = 12): string {
  const params = new URLSearchParams()
  const q = filters.q?.trim()
  if (q) params.set('q', q)
  if (filters.specialty) params.set('specialty', filters.specialty)
  if (filters.language) params.set('language', filters.language)
  if (filters.gender) params.set('gender', filters.gender)
  if (filters.mode) params.set('mode', filters.mode)
  if (filters.maxPriceToman) params.set('maxPriceIrr', String(filters.maxPriceToman * 10))
  if (filters.availableSoon) params.set('availableWithinDays', String(AVAILABLE_WITHIN_DAYS))
  params.set('sort', filters.sort)
  params.set('limit', String(limit))
  return params.toString()
}

export function hasActiveFilters(filters: DirectoryFilters): boolean {
  const { sort: _sort, ...rest } = filters
  return Object.values(rest).some(Boolean)
}
