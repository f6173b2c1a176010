import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AssessmentAssignment,
  AssessmentList,
  AssignmentList,
  CreateAssignmentBody,
  SharedResultPage,
  TrendList,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`
const keys = (patientId: string) => ['assessment-care', patientId] as const

/** The instruments a psychologist can assign (the same list patients see). */
export function useInstruments() {
  return useQuery({
    queryKey: ['assessments', 'list'],
    queryFn: () => apiFetch<AssessmentList>('/api/v1/assessments'),
  })
}

/** What I asked this patient to take; 404 without a treating relation. */
export function useAssignments(patientId: string) {
  return useQuery({
    queryKey: [...keys(patientId), 'assignments'],
    queryFn: () => apiFetch<AssignmentList>(`${patientPath(patientId)}/assessment-assignments`),
  })
}

export function useAssign(patientId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateAssignmentBody) =>
      apiFetch<AssessmentAssignment>(`${patientPath(patientId)}/assessment-assignments`, {
        method: 'POST',
        body,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys(patientId) }),
  })
}

export function useWithdrawAssignment(patientId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(`/api/v1/assessment-assignments/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys(patientId) }),
  })
}

/** The latest results the patient shares with me (each read is audited by the server). */
export function useSharedResults(patientId: string) {
  return useQuery({
    queryKey: [...keys(patientId), 'results'],
    queryFn: () =>
      apiFetch<SharedResultPage>(`${patientPath(patientId)}/assessment-results?limit=10`),
  })
}

/** Their screening scores over time, from shared results (audited too). */
export function usePatientTrends(patientId: string) {
  return useQuery({
    queryKey: [...keys(patientId), 'trends'],
    queryFn: () => apiFetch<TrendList>(`${patientPath(patientId)}/assessment-trends`),
  })
}
