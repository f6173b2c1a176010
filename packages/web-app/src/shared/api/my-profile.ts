import { useQuery } from '@tanstack/react-query'
import type { MyProfessionalProfile } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const MY_PROFILE_KEY = ['professionals', 'me'] as const

/** The signed-in psychologist's own profile: practice details, session types, hours and policy. */
export function fetchMyProfile(): Promise<MyProfessionalProfile> {
  return apiFetch<MyProfessionalProfile>('/api/v1/professionals/me')
}

export function useMyProfile() {
  return useQuery({ queryKey: MY_PROFILE_KEY, queryFn: fetchMyProfile })
}
