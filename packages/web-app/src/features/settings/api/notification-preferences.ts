import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { NotificationPreferences, NotificationPreferencesPatch } from '@yektayar/shared/types'
import { apiFetch, ME_KEY } from '@yektayar/ui'

export const NOTIFICATION_PREFERENCES_KEY = ['notifications', 'preferences'] as const

export function useNotificationPreferences() {
  return useQuery({
    queryKey: NOTIFICATION_PREFERENCES_KEY,
    queryFn: () => apiFetch<NotificationPreferences>('/api/v1/notifications/preferences'),
  })
}

/** The cached preferences with a patch applied as the server merges it (per category). */
function merged(
  current: NotificationPreferences,
  patch: NotificationPreferencesPatch,
): NotificationPreferences {
  const categories = { ...current.categories }
  for (const [category, switches] of Object.entries(patch.categories ?? {})) {
    const key = category as keyof typeof categories
    categories[key] = { ...categories[key], ...switches }
  }
  return {
    ...current,
    categories,
    quietHours: patch.quietHours ?? current.quietHours,
    discreetMode: patch.discreetMode ?? current.discreetMode,
  }
}

/**
 * PATCH /notifications/preferences with just what changed. The switch moves at once; a failure
 * puts it back. Discreet mode lives in the account's preferences too, so the account is asked
 * for again.
 */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: NotificationPreferencesPatch) =>
      apiFetch<NotificationPreferences>('/api/v1/notifications/preferences', {
        method: 'PATCH',
        body: patch,
      }),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: NOTIFICATION_PREFERENCES_KEY })
      const before = queryClient.getQueryData<NotificationPreferences>(NOTIFICATION_PREFERENCES_KEY)
      if (before) queryClient.setQueryData(NOTIFICATION_PREFERENCES_KEY, merged(before, patch))
      return { before }
    },
    onError: (_error, _patch, context) => {
      if (context?.before) queryClient.setQueryData(NOTIFICATION_PREFERENCES_KEY, context.before)
    },
    onSuccess: (saved, patch) => {
      queryClient.setQueryData(NOTIFICATION_PREFERENCES_KEY, saved)
      if (patch.discreetMode !== undefined) void queryClient.invalidateQueries({ queryKey: ME_KEY })
    },
  })
}
