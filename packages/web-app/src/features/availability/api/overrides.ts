import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AvailabilityOverride, CreateOverrideBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { MY_PROFILE_KEY } from '../../../shared/api/my-profile.ts'
import { PREVIEW_KEY } from './preview-slots.ts'

export function addOverride(body: CreateOverrideBody): Promise<AvailabilityOverride> {
  return apiFetch<AvailabilityOverride>('/api/v1/professionals/me/overrides', {
    method: 'POST',
    body,
  })
}

export function removeOverride(id: string): Promise<void> {
  return apiFetch<void>(`/api/v1/professionals/me/overrides/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  })
}

/** Overrides are stored at once (not with the form's Save): each is a complete decision. */
function useRefreshSchedule() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: MY_PROFILE_KEY, exact: true }),
      queryClient.invalidateQueries({ queryKey: PREVIEW_KEY }),
    ])
}

export function useAddOverride() {
  const refresh = useRefreshSchedule()
  return useMutation({ mutationFn: addOverride, onSuccess: refresh })
}

export function useRemoveOverride() {
  const refresh = useRefreshSchedule()
  return useMutation({ mutationFn: removeOverride, onSuccess: refresh })
}
