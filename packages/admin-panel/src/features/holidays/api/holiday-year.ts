import { queryOptions, useQuery } from '@tanstack/react-query'
import type { HolidayList } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const HOLIDAYS_KEY = ['admin', 'holidays'] as const

export const holidayYearQuery = (year: number) =>
  queryOptions({
    queryKey: [...HOLIDAYS_KEY, 'year', year],
    queryFn: () => apiFetch<HolidayList>(`/api/v1/admin/holidays?year=${year}`),
  })

/** One Jalali year's holidays in date order. */
export function useHolidayYear(year: number) {
  return useQuery(holidayYearQuery(year))
}
