import { useMutation, useQueryClient } from '@tanstack/react-query'
import type {
  MyProfessionalProfile,
  ReplaceAvailabilityBody,
  UpdateProfessionalProfileBody,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { MY_PROFILE_KEY } from '../../../shared/api/my-profile.ts'
import { PREVIEW_KEY } from './preview-slots.ts'

/** The booking rules the page edits; PUT /professionals/me/profile takes them. */
export type PolicyInput = Required<
  Pick<
    UpdateProfessionalProfileBody,
    | 'timeZone'
    | 'minNoticeMinutes'
    | 'bookingHorizonDays'
    | 'bufferBeforeMinutes'
    | 'bufferAfterMinutes'
    | 'slotStepMinutes'
    | 'blockHolidays'
  >
>

/** The page saves both requests' bodies together. */
export interface ScheduleInput extends ReplaceAvailabilityBody {
  policy: PolicyInput
}

/**
 * One save for the whole form. The zone goes first: the weekly rules are read in it, so a
 * refused zone (INVALID_TIME_ZONE) must stop the rules from being stored under the old one.
 */
export async function saveSchedule({ policy, rules }: ScheduleInput) {
  await apiFetch<MyProfessionalProfile>('/api/v1/professionals/me/profile', {
    method: 'PUT',
    body: policy,
  })
  return apiFetch<MyProfessionalProfile>('/api/v1/professionals/me/availability', {
    method: 'PUT',
    body: { rules },
  })
}

export function useSaveSchedule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['professionals', 'me', 'schedule'],
    mutationFn: saveSchedule,
    onSuccess: (profile) => queryClient.setQueryData(MY_PROFILE_KEY, profile),
    // Even a half-done save changes what patients see.
    onSettled: () => queryClient.invalidateQueries({ queryKey: PREVIEW_KEY }),
  })
}
