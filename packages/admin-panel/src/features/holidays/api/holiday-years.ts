import { useQuery } from '@tanstack/react-query'
import type { HolidayYears } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { HOLIDAYS_KEY } from './holiday-year.ts'

/** Every year the calendar holds and how many holidays each has. */
export function useHolidayYears() {
  return useQuery({
    queryKey: [...HOLIDAYS_KEY, 'years'],
    queryFn: () => apiFetch<HolidayYears>('/api/v1/admin/holidays/years'),
  })
}
