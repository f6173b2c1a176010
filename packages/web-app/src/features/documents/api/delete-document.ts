import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '@yektayar/ui'
import { MY_DOCUMENTS_KEY } from './my-documents.ts'

/** DELETE /files/{id}: my document, gone for everyone from the answer on. */
export function deleteDocument(fileId: string): Promise<void> {
  return apiFetch<void>(`/api/v1/files/${encodeURIComponent(fileId)}`, { method: 'DELETE' })
}

/**
 * `onDone` runs from the mutation itself, not from `mutate`'s options: the refreshed list takes
 * the row (and the button that asked) away, and mutate's callbacks die with their component.
 */
export function useDeleteDocument(onDone: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: onDone,
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_DOCUMENTS_KEY }),
  })
}
