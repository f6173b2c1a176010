import { useQuery } from '@tanstack/react-query'
import type { CompanionFigures } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** The companion's counts per day over the last `days` days, oldest first; never any content. */
export function useCompanionFigures(days: number) {
  return useQuery({
    queryKey: ['admin', 'companion-figures', days],
    queryFn: () => apiFetch<CompanionFigures>(`/api/v1/admin/companion/figures?days=${days}`),
  })
}
