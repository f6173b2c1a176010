import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MyProfessionalProfile, ReplaceSessionTypesBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { MY_PROFILE_KEY } from '../../../shared/api/my-profile.ts'
import type { PracticeProfileBody } from '../practice-form-model.ts'

/** The parts that changed since the last save; an absent part is not sent. */
export interface PracticeChanges {
  profile?: PracticeProfileBody
  sessionTypes?: ReplaceSessionTypesBody
}

/** PUT /professionals/me/profile, then PUT /professionals/me/session-types, as needed. */
export async function savePractice(changes: PracticeChanges): Promise<MyProfessionalProfile> {
  let saved: MyProfessionalProfile | undefined
  if (changes.profile) {
    saved = await apiFetch<MyProfessionalProfile>('/api/v1/professionals/me/profile', {
      method: 'PUT',
      body: changes.profile,
    })
  }
  if (changes.sessionTypes) {
    saved = await apiFetch<MyProfessionalProfile>('/api/v1/professionals/me/session-types', {
      method: 'PUT',
      body: changes.sessionTypes,
    })
  }
  if (!saved) throw new Error('nothing to save')
  return saved
}

export function useSavePractice() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['professionals', 'me', 'practice'],
    mutationFn: savePractice,
    onSuccess: (profile) => queryClient.setQueryData(MY_PROFILE_KEY, profile),
    // Even a half-done save changes what patients see on the public page and when booking.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['professionals', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['professionals', 'list'] }),
      ]),
  })
}
