import { useMutation } from '@tanstack/react-query'
import type { AssessmentDraft, SaveDraftBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** Keeps my answers so far on the server, so any device resumes them. */
export function useSaveDraft(id: string) {
  return useMutation({
    mutationFn: (body: SaveDraftBody) =>
      apiFetch<AssessmentDraft>(`/api/v1/assessments/${encodeURIComponent(id)}/draft`, {
        method: 'PUT',
        body,
      }),
  })
}

/** Drops my draft to start over. */
export function discardDraft(id: string): Promise<void> {
  return apiFetch<void>(`/api/v1/assessments/${encodeURIComponent(id)}/draft`, { method: 'DELETE' })
}
