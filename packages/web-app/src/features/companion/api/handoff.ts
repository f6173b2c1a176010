import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@yektayar/ui'
import { companionPaths } from './companion-keys.ts'

/** "Talk to a person": a thread to the clinical department, with this conversation if agreed. */
export function useHandoff(conversationId: string) {
  return useMutation({
    mutationFn: (shareConversation: boolean) =>
      apiFetch<{ threadId: string }>(companionPaths.handoff(conversationId), {
        method: 'POST',
        body: { shareConversation },
      }),
  })
}
