import type { AppointmentView } from '@yektayar/shared/types'

/** Which sentence the cancel dialog says about money, and the amount it names. */
export type CancelTerms =
  | { key: 'freeRefund' | 'clinicRefund'; amountIrr: number }
  | { key: 'freeUnpaid' | 'freeSession' | 'clinicNoRefund' }

/**
 * What cancelling now costs, read from the server's answer (viewer.cancelRefundable) rather
 * than from the policy's numbers: a patient hears about their own money, the clinic side about
 * the patient's.
 */
export function cancelTerms(appointment: AppointmentView): CancelTerms {
  const clinic = appointment.viewer?.role !== 'patient'
  if (appointment.viewer?.cancelRefundable) {
    return { key: clinic ? 'clinicRefund' : 'freeRefund', amountIrr: appointment.priceIrr }
  }
  if (clinic) return { key: 'clinicNoRefund' }
  return { key: appointment.priceIrr === 0 ? 'freeSession' : 'freeUnpaid' }
}
