import { useQuery } from '@tanstack/react-query'
import type { DepartmentList } from '@yektayar/shared/types'
import { apiFetch, useLanguage } from '@yektayar/ui'
import { threadKeys } from './query-keys.ts'

/** The support departments with their names in both languages; they rarely change. */
export function useDepartments() {
  return useQuery({
    queryKey: threadKeys.departments,
    queryFn: () => apiFetch<DepartmentList>('/api/v1/departments'),
    select: (answer) => answer.items,
    staleTime: 30 * 60_000,
  })
}

/** A department's name in the reader's language; its key until the list has loaded. */
export function useDepartmentName(): (key: string | null) => string {
  const language = useLanguage()
  const departments = useDepartments()
  return (key) => {
    if (!key) return ''
    const department = departments.data?.find((candidate) => candidate.key === key)
    return department ? department[language] : key
  }
}
