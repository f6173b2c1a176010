import { queryOptions, useQuery } from '@tanstack/react-query'
import type { PatientSummary } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const patientSummaryQuery = (patientId: string) =>
  queryOptions({
    queryKey: ['patient-summary', patientId],
    queryFn: () =>
      apiFetch<PatientSummary>(`/api/v1/patients/${encodeURIComponent(patientId)}/summary`),
  })

/** My patient's name and our sessions; 404 unless I treat them. */
export function usePatientSummary(patientId: string) {
  return useQuery(patientSummaryQuery(patientId))
}
