import { useMutation } from '@tanstack/react-query'
import type { InitiatePaymentResponse } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { paymentReturnField } from '../../../shared/native/payment-return.ts'

/**
 * Starts buying a priced course through the payments flow; the settled payment enrols me. The
 * server keeps one live payment per buyer and course, so a retry answers the same one.
 */
export function useBuyCourse(courseId: string) {
  return useMutation({
    mutationKey: ['payments', 'initiate', 'course'],
    mutationFn: () =>
      apiFetch<InitiatePaymentResponse>('/api/v1/payments/initiate', {
        method: 'POST',
        body: { courseId, ...paymentReturnField() },
      }),
  })
}
