import type { ThreadSummary } from '@yektayar/shared/types'
import { useTranslation } from '@yektayar/ui'
import { useDepartmentName } from './api/departments.ts'

/**
 * What a thread is called: the other person of a direct thread, else its subject, else
 * "conversation with <department>".
 */
export function useThreadTitle(): (
  thread: Pick<ThreadSummary, 'kind' | 'title' | 'category' | 'counterpart'>,
) => string {
  const { t } = useTranslation()
  const departmentName = useDepartmentName()
  return (thread) => {
    if (thread.kind === 'direct' && thread.counterpart?.displayName) {
      return thread.counterpart.displayName
    }
    if (thread.title) return thread.title
    if (thread.category) {
      return t('messaging.list.untitled', { department: departmentName(thread.category) })
    }
    return t('messaging.list.support')
  }
}
