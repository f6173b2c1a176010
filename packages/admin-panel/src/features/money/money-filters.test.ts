import { describe, expect, it } from 'vitest'
import {
  appointmentFiltersFromSearch,
  paymentFiltersFromSearch,
  searchFromPaymentFilters,
} from './money-filters.ts'

describe('money filters', () => {
  it('keep what the API accepts from the address and drop the rest', () => {
    expect(
      appointmentFiltersFromSearch(
        new URLSearchParams('status=confirmed&mode=fax&from=2026-12-01&psychologistId=nope&x=1'),
      ),
    ).toEqual({ status: 'confirmed', from: '2026-12-01' })
    const payments = paymentFiltersFromSearch(
      new URLSearchParams('stale=true&minIrr=10000&maxIrr=1e9&reference=A0000123&gateway=paypal'),
    )
    expect(payments).toEqual({ stale: 'true', minIrr: '10000', reference: 'A0000123' })
    expect(searchFromPaymentFilters(payments).toString()).toBe(
      'reference=A0000123&minIrr=10000&stale=true',
    )
  })
})
