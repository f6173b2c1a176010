import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Group, Permission } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const ACCESS_KEY = ['admin', 'access'] as const

/** GET /rbac/groups: every group with its permissions and member count. */
export function useGroups() {
  return useQuery({
    queryKey: [...ACCESS_KEY, 'groups'],
    queryFn: () => apiFetch<{ items: Group[] }>('/api/v1/rbac/groups'),
  })
}

/** GET /rbac/permissions: every permission the platform knows. */
export function usePermissions() {
  return useQuery({
    queryKey: [...ACCESS_KEY, 'permissions'],
    queryFn: () => apiFetch<{ items: Permission[] }>('/api/v1/rbac/permissions'),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

/** Any access change: everything Access shows may have moved (counts, matrix, answers). */
export function useAccessChange<Input>(request: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ACCESS_KEY }),
  })
}

/** POST /rbac/groups and DELETE /rbac/groups/:id. */
export const useCreateGroup = () =>
  useAccessChange((body: { name: string; description?: string }) =>
    apiFetch<Group>('/api/v1/rbac/groups', { method: 'POST', body }),
  )
export const useDeleteGroup = () =>
  useAccessChange((id: string) => apiFetch<void>(`/api/v1/rbac/groups/${id}`, { method: 'DELETE' }))

/** PUT (grant) or DELETE (revoke) /rbac/groups/:id/permissions/:permission. */
export const useGroupGrant = () =>
  useAccessChange(
    ({ groupId, permission, granted }: { groupId: string; permission: string; granted: boolean }) =>
      apiFetch<void>(`/api/v1/rbac/groups/${groupId}/permissions/${permission}`, {
        method: granted ? 'PUT' : 'DELETE',
      }),
  )
