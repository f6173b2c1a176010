import { useQuery } from '@tanstack/react-query'
import type { PermissionSources } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { ACCESS_KEY, useAccessChange } from './groups.ts'

/** GET /rbac/users/:userId/permissions/:permission: "why can this person do X". */
export function usePermissionSources(userId: string, permission: string) {
  return useQuery({
    queryKey: [...ACCESS_KEY, 'sources', userId, permission],
    queryFn: () =>
      apiFetch<PermissionSources>(`/api/v1/rbac/users/${userId}/permissions/${permission}`),
    enabled: Boolean(userId && permission),
  })
}

/** PUT (grant) or DELETE (revoke) /rbac/users/:userId/permissions/:permission. */
export const useDirectGrant = () =>
  useAccessChange(
    ({ userId, permission, granted }: { userId: string; permission: string; granted: boolean }) =>
      apiFetch<void>(`/api/v1/rbac/users/${userId}/permissions/${permission}`, {
        method: granted ? 'PUT' : 'DELETE',
      }),
  )
