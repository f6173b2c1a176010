import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DocumentFile, LinkDocumentBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { MY_DOCUMENTS_KEY } from './my-documents.ts'

/** PUT /files/{id}/appointment: one of my sessions, or null for none. */
export function linkDocument(fileId: string, body: LinkDocumentBody): Promise<DocumentFile> {
  return apiFetch<DocumentFile>(`/api/v1/files/${encodeURIComponent(fileId)}/appointment`, {
    method: 'PUT',
    body,
  })
}

export function useLinkDocument(fileId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (appointmentId: string | null) => linkDocument(fileId, { appointmentId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_DOCUMENTS_KEY }),
  })
}
