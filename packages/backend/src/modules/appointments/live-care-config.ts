import type { CareConfig } from '../../config/config.ts'
import type { DynamicConfig } from '../config/dynamic-config.ts'

/**
 * The care settings as the appointment services read them: the environment's, except the cancel
 * window, the hold and the reminder times, which admins change at run time. Those are getters
 * over the dynamic configuration, so each read (a cancellation, a booking, a confirmation) sees
 * the value in force on every instance at that moment; nothing keeps a copy.
 */
export function liveCareConfig(fromEnv: CareConfig, dynamic: DynamicConfig): CareConfig {
  return {
    ...fromEnv,
    get freeCancelHours() {
      return dynamic.get('care.freeCancelHours')
    },
    get holdMinutes() {
      return dynamic.get('care.holdMinutes')
    },
    get reminderMinutesBefore() {
      return dynamic.get('care.reminderMinutesBefore')
    },
  }
}
