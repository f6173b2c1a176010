import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  SafeNowAnswer,
  SafeNowResponse,
  SafetyPlan,
  SafetyPlanSections,
  TalkNowResponse,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const safetyKeys = {
  plan: ['safety', 'plan'] as const,
  patientPlan: (patientId: string) => ['safety', 'patient-plan', patientId] as const,
}

/** "Are you safe right now?": the server raises or renews the alert on "no" and "not sure". */
export function useSafeNow() {
  return useMutation({
    mutationFn: (answer: SafeNowAnswer) =>
      apiFetch<SafeNowResponse>('/api/v1/safety/safe-now', { method: 'POST', body: { answer } }),
  })
}

/** Opens (or finds) the patient's priority thread to the clinical department. */
export function useTalkNow() {
  return useMutation({
    mutationFn: () => apiFetch<TalkNowResponse>('/api/v1/safety/talk-now', { method: 'POST' }),
  })
}

/** The plan's address: the patient's own, or (for their psychologist) a patient's. */
function planPath(patientId: string | undefined) {
  return patientId
    ? `/api/v1/patients/${encodeURIComponent(patientId)}/safety-plan`
    : '/api/v1/safety/plan'
}

const planKey = (patientId: string | undefined) =>
  patientId ? safetyKeys.patientPlan(patientId) : safetyKeys.plan

export function useSafetyPlan(patientId?: string) {
  return useQuery({
    queryKey: planKey(patientId),
    queryFn: () => apiFetch<SafetyPlan>(planPath(patientId)),
  })
}

export function useSaveSafetyPlan(patientId?: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (sections: SafetyPlanSections) =>
      apiFetch<SafetyPlan>(planPath(patientId), { method: 'PUT', body: { sections } }),
    onSuccess: (plan) => client.setQueryData(planKey(patientId), plan),
  })
}
