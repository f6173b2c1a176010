import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { RecoveryCodesResponse, TotpSetupResponse, User } from '@yektayar/shared/types'
import type { SecondFactorProof } from '@yektayar/ui'
import { apiFetch, ME_KEY, SESSION_KEY } from '@yektayar/ui'

export type TotpProof = SecondFactorProof

/** Records the new state locally; the session's totpSetupRequired changes with it. */
export function useMarkTotp() {
  const queryClient = useQueryClient()
  return (enabled: boolean) => {
    queryClient.setQueryData<User>(ME_KEY, (me) => (me ? { ...me, totpEnabled: enabled } : me))
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY })
  }
}

export function useStartTotpSetup() {
  return useMutation({
    mutationFn: () => apiFetch<TotpSetupResponse>('/api/v1/auth/totp/setup', { method: 'POST' }),
  })
}

/**
 * Does not mark TOTP on by itself: the caller shows the recovery codes first, then calls
 * useMarkTotp, so the form holding them is not swapped out before they are read.
 */
export function useEnableTotp() {
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<RecoveryCodesResponse>('/api/v1/auth/totp/enable', {
        method: 'POST',
        body: { code },
      }),
  })
}

export function useDisableTotp() {
  const markTotp = useMarkTotp()
  return useMutation({
    mutationFn: (proof: TotpProof) =>
      apiFetch<void>('/api/v1/auth/totp/disable', { method: 'POST', body: proof }),
    onSuccess: () => markTotp(false),
  })
}

export function useRenewRecoveryCodes() {
  return useMutation({
    mutationFn: (proof: TotpProof) =>
      apiFetch<RecoveryCodesResponse>('/api/v1/auth/totp/recovery-codes', {
        method: 'POST',
        body: proof,
      }),
  })
}
