import { useQuery } from '@tanstack/react-query'
import type { ConfigList } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const CONFIG_KEY = ['admin', 'config'] as const

/** Every configuration key with its value now and where it comes from. */
export function useConfigEntries() {
  return useQuery({
    queryKey: CONFIG_KEY,
    queryFn: () => apiFetch<ConfigList>('/api/v1/admin/config'),
  })
}
