import {
  APPOINTMENT_STATUSES,
  PAYMENT_GATEWAYS,
  SESSION_MODES,
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
} from '@yektayar/shared/types'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DAY = /^\d{4}-\d{2}-\d{2}$/
const RIALS = /^\d{1,15}$/
const REFERENCE = /^\S{1,64}$/

export const isUuid = (value: string) => UUID.test(value)
const day = (value: string) => DAY.test(value)
const oneOf = (values: readonly string[]) => (value: string) => values.includes(value)

type Rules = Record<string, (value: string) => boolean>

/** The list filters of the appointments page; `from`/`to` are Tehran days of the start. */
const APPOINTMENT_RULES = {
  from: day,
  to: day,
  psychologistId: isUuid,
  status: oneOf(APPOINTMENT_STATUSES),
  mode: oneOf(SESSION_MODES),
} satisfies Rules

/** The payments page's; amounts are rials here as in the API (the form shows toman). */
const PAYMENT_RULES = {
  type: oneOf(TRANSACTION_TYPES),
  status: oneOf(TRANSACTION_STATUSES),
  gateway: oneOf(PAYMENT_GATEWAYS),
  reference: (value: string) => REFERENCE.test(value),
  minIrr: (value: string) => RIALS.test(value),
  maxIrr: (value: string) => RIALS.test(value),
  from: day,
  to: day,
  userId: isUuid,
  stale: (value: string) => value === 'true',
} satisfies Rules

export type AppointmentFilters = Partial<Record<keyof typeof APPOINTMENT_RULES, string>>
export type PaymentFilters = Partial<Record<keyof typeof PAYMENT_RULES, string>>

/**
 * Filters live in the address, so a filtered list can be sent as a link; anything the API would
 * refuse is left out rather than answered with an error.
 */
function fromSearch<F extends Record<string, string | undefined>>(
  rules: Rules,
  search: URLSearchParams,
) {
  const filters: Record<string, string> = {}
  for (const [key, valid] of Object.entries(rules)) {
    const value = search.get(key)?.trim()
    if (value && valid(value)) filters[key] = value
  }
  return filters as F
}

/** The filters as query parameters, in the rules' order: the list, the export and the address. */
function toSearch(rules: Rules, filters: Record<string, string | undefined>) {
  const search = new URLSearchParams()
  for (const key of Object.keys(rules)) {
    const value = filters[key]
    if (value) search.set(key, value)
  }
  return search
}

export const appointmentFiltersFromSearch = (search: URLSearchParams) =>
  fromSearch<AppointmentFilters>(APPOINTMENT_RULES, search)
export const searchFromAppointmentFilters = (filters: AppointmentFilters) =>
  toSearch(APPOINTMENT_RULES, filters)
export const paymentFiltersFromSearch = (search: URLSearchParams) =>
  fromSearch<PaymentFilters>(PAYMENT_RULES, search)
export const searchFromPaymentFilters = (filters: PaymentFilters) =>
  toSearch(PAYMENT_RULES, filters)

/** `?query` for a path, or nothing when there are no filters. */
export const withQuery = (path: string, search: URLSearchParams) => {
  const query = search.toString()
  return query ? `${path}?${query}` : path
}
