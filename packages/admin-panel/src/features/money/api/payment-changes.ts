import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AdminPaymentDetail, PaymentReceipt } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { APPOINTMENTS_KEY } from './admin-appointments.ts'
import { PAYMENTS_KEY } from './admin-payments.ts'

/** After any money change every list and detail may read differently: refetch them. */
function useMoneyMutation<Input, Answer>(call: (input: Input) => Promise<Answer>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: PAYMENTS_KEY })
      await queryClient.invalidateQueries({ queryKey: APPOINTMENTS_KEY })
    },
  })
}

/** POST /payments/{id}/refunds: a pending refund of at most what is left. */
export const useRefundPayment = (paymentId: string) =>
  useMoneyMutation((body: { amountIrr: number; note: string }) =>
    apiFetch<PaymentReceipt>(`/api/v1/payments/${paymentId}/refunds`, { method: 'POST', body }),
  )

/** POST /payments/refunds/{id}/settle: staff record that the money went back. */
export const useSettleRefund = () =>
  useMoneyMutation((input: { refundId: string; note: string }) =>
    apiFetch<PaymentReceipt>(`/api/v1/payments/refunds/${input.refundId}/settle`, {
      method: 'POST',
      body: { note: input.note },
    }),
  )

/** POST /admin/payments/{id}/verify: the reconciler's step for this payment, now. */
export const useVerifyPayment = (paymentId: string) =>
  useMoneyMutation(() =>
    apiFetch<AdminPaymentDetail>(`/api/v1/admin/payments/${paymentId}/verify`, { method: 'POST' }),
  )
