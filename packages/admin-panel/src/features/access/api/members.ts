import { useInfiniteQuery } from '@tanstack/react-query'
import type { GroupMember } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { ACCESS_KEY, useAccessChange } from './groups.ts'

/** GET /rbac/groups/:id/members, newest first, page by page. */
export function useGroupMembers(groupId: string) {
  return useInfiniteQuery({
    queryKey: [...ACCESS_KEY, 'members', groupId],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: '20' })
      if (pageParam) params.set('cursor', pageParam)
      return apiFetch<{ items: GroupMember[]; nextCursor: string | null }>(
        `/api/v1/rbac/groups/${groupId}/members?${params}`,
      )
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}

/** PUT (add) or DELETE (remove) /rbac/groups/:id/members/:userId. */
export const useMembership = () =>
  useAccessChange(
    ({ groupId, userId, member }: { groupId: string; userId: string; member: boolean }) =>
      apiFetch<void>(`/api/v1/rbac/groups/${groupId}/members/${userId}`, {
        method: member ? 'PUT' : 'DELETE',
      }),
  )
