import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import type {
  CreateExerciseAnswerBody,
  ExerciseAnswer,
  ExerciseAnswerPage,
  SafetyDecision,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { showSafetyDecision } from '../../../shared/safety/safety-decision-store.ts'
import { courseKeys } from './course-keys.ts'

const lessonPath = (lessonId: string) => `/api/v1/lessons/${encodeURIComponent(lessonId)}/answers`

/** My earlier answers to an exercise, newest first (only mine; the server sees to it). */
export function useMyAnswers(lessonId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: courseKeys.answers(lessonId),
    queryFn: ({ pageParam }) =>
      apiFetch<ExerciseAnswerPage>(
        `${lessonPath(lessonId)}?limit=5${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  })
}

/**
 * Saves an answer: private unless `sharedWithPsychologist`. The safety module reads what was
 * written, private or not; its decision shows the crisis card or the gentler resources.
 */
export function useSaveAnswer(lessonId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateExerciseAnswerBody) =>
      apiFetch<ExerciseAnswer & { safety?: SafetyDecision }>(lessonPath(lessonId), {
        method: 'POST',
        body,
      }),
    onSuccess: (answer) => {
      showSafetyDecision(answer.safety)
      return client.invalidateQueries({ queryKey: courseKeys.answers(lessonId) })
    },
  })
}

/** Shares one of my answers with my psychologists, or makes it private again. */
export function useAnswerSharing(lessonId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, shared }: { id: string; shared: boolean }) =>
      apiFetch<ExerciseAnswer>(`/api/v1/exercise-answers/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { sharedWithPsychologist: shared },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: courseKeys.answers(lessonId) }),
  })
}
