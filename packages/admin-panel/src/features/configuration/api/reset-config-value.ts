import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ConfigEntry } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { storeEntry } from './set-config-value.ts'

/** Drops a key's stored value, so its default applies again. */
export function useResetConfigValue(key: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiFetch<ConfigEntry>(`/api/v1/admin/config/${encodeURIComponent(key)}`, {
        method: 'DELETE',
      }),
    onSuccess: (entry) => storeEntry(queryClient, entry),
  })
}
