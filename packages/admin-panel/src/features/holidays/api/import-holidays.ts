import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { HolidayImportResult, ImportHolidaysBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { HOLIDAYS_KEY } from './holiday-year.ts'

/** Checks (dryRun) or saves a pasted year; a saved one rereads the calendar. */
export function useImportHolidays() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ImportHolidaysBody) =>
      apiFetch<HolidayImportResult>('/api/v1/admin/holidays/import', { method: 'POST', body }),
    onSuccess: (result) => {
      if (!result.dryRun) return queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY })
    },
  })
}
