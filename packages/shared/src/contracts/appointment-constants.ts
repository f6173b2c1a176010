// Appointment vocabulary without zod, so front ends can import the values.

export const APPOINTMENT_STATUSES = [
  'pending',
  'confirmed',
  'completed',
  'cancelled',
  'no_show',
] as const
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

/** Who moved an appointment; `system` is payment, hold expiry and other server work. */
export const APPOINTMENT_ACTORS = ['patient', 'psychologist', 'admin', 'system'] as const
export type AppointmentActor = (typeof APPOINTMENT_ACTORS)[number]

/** The patient, the psychologist and the amount come from the server, never from this body. */
