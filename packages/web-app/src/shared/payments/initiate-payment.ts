import { useMutation } from '@tanstack/react-query'
import type { InitiatePaymentResponse } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { paymentReturnField } from '../native/payment-return.ts'
import { paymentKeyFor } from './payment-key.ts'

/**
 * Starts paying for a pending appointment. The Idempotency-Key belongs to this booking
 * attempt, so a retry after a lost answer (or a double click) gets the same payment back
 * instead of opening a second one.
 */
export function initiatePayment(appointmentId: string): Promise<InitiatePaymentResponse> {
  return apiFetch<InitiatePaymentResponse>('/api/v1/payments/initiate', {
    method: 'POST',
    headers: { 'Idempotency-Key': paymentKeyFor(appointmentId) },
    body: { appointmentId, ...paymentReturnField() },
  })
}

export function useInitiatePayment() {
  return useMutation({ mutationKey: ['payments', 'initiate'], mutationFn: initiatePayment })
}
