import type { AppointmentActor } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'

export interface AppointmentCancelledEvent {
  appointmentId: string
  patientId: string | null
  psychologistId: string | null
  priceIrr: number
  cancelledBy: AppointmentActor
  /** A paid appointment cancelled inside the free window or by the clinic's side. */
  refundable: boolean
}

type CancelHook = (tx: Db, event: AppointmentCancelledEvent) => Promise<void>

const cancelHooks: CancelHook[] = []

/**
 * Lets payments (issue 6) act inside the cancelling transaction, e.g. create a pending refund,
 * without this module knowing about money movements. Register once at module load.
 */
export function onAppointmentCancelled(hook: CancelHook): void {
  cancelHooks.push(hook)
}

export async function runCancelHooks(tx: Db, event: AppointmentCancelledEvent): Promise<void> {
  for (const hook of cancelHooks) await hook(tx, event)
}
