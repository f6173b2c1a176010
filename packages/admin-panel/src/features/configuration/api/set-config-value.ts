import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import type { ConfigEntry, ConfigList } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { CONFIG_KEY } from './config-entries.ts'

/** Puts the answered entry in the list at once; the list is then reread (other keys may differ). */
export function storeEntry(queryClient: QueryClient, entry: ConfigEntry) {
  queryClient.setQueryData<ConfigList>(
    CONFIG_KEY,
    (list) => list && { items: list.items.map((item) => (item.key === entry.key ? entry : item)) },
  )
  return queryClient.invalidateQueries({ queryKey: CONFIG_KEY })
}

/** Stores a key's value; the server checks it against the key's schema and the rules across keys. */
export function useSetConfigValue(key: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (value: unknown) =>
      apiFetch<ConfigEntry>(`/api/v1/admin/config/${encodeURIComponent(key)}`, {
        method: 'PUT',
        body: { value },
      }),
    onSuccess: (entry) => storeEntry(queryClient, entry),
  })
}
