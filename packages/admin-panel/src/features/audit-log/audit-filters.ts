import { isUserId } from '../../shared/user-id.ts'

export interface AuditFilters {
  userId?: string
  action?: string
  resource?: string
  resourceId?: string
  /** Civil days (`YYYY-MM-DD`) in Tehran, inclusive. */
  from?: string
  to?: string
}

const KEYS = ['userId', 'action', 'resource', 'resourceId', 'from', 'to'] as const
const DAY = /^\d{4}-\d{2}-\d{2}$/
const TOKEN = /^\S{1,100}$/

const valid: Record<(typeof KEYS)[number], (value: string) => boolean> = {
  userId: isUserId,
  action: (value) => TOKEN.test(value),
  resource: (value) => TOKEN.test(value),
  resourceId: (value) => TOKEN.test(value),
  from: (value) => DAY.test(value),
  to: (value) => DAY.test(value),
}

/**
 * The filters live in the address, so "who read this note" can be sent as a link; anything the
 * API would refuse is left out rather than answered with an error.
 */
export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {}
  for (const key of KEYS) {
    const value = search.get(key)?.trim()
    if (value && valid[key](value)) filters[key] = key === 'userId' ? value.toLowerCase() : value
  }
  return filters
}

export function searchFromFilters(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams()
  for (const key of KEYS) {
    const value = filters[key]
    if (value) search.set(key, value)
  }
  return search
}
