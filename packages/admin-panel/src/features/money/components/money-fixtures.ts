import type { AdminPaymentDetail, AppointmentView } from '@yektayar/shared/types'

// Rows as the API answers them, for the page tests.
export const APPOINTMENT_ID = '3f0c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a098'
export const PAYMENT_ID = '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21'
export const PSYCHOLOGIST_ID = '0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87'

const person = (id: string, fa: string, en: string) => ({ id, name: { fa, en }, avatarUrl: null })

export const appointment: AppointmentView = {
  id: APPOINTMENT_ID,
  status: 'confirmed',
  patient: person('11111111-1111-4111-8111-111111111111', 'سارا بیمار', 'Sara Patient'),
  psychologist: person(PSYCHOLOGIST_ID, 'مریم آزمون', 'Maryam Test'),
  sessionTypeId: null,
  mode: 'video',
  startsAt: '2026-12-12T06:30:00.000Z',
  endsAt: '2026-12-12T07:20:00.000Z',
  durationMinutes: 50,
  priceIrr: 18_000_000,
  holdExpiresAt: null,
  joinUrl: null,
  joinOpensAt: null,
  cancelReason: null,
  cancelledBy: null,
  cancelledAt: null,
  outcomeRecordedAt: null,
  createdAt: '2026-12-07T06:30:00.000Z',
}

export const payment: AdminPaymentDetail = {
  id: PAYMENT_ID,
  type: 'payment',
  status: 'completed',
  amountIrr: 18_000_000,
  gateway: 'sandbox',
  authority: 'S0000000000000000000000000000012345',
  reference: '900123',
  cardPan: '6037-99**-****-1234',
  payer: { id: appointment.patient.id, name: appointment.patient.name },
  appointmentId: APPOINTMENT_ID,
  courseId: null,
  originalTransactionId: null,
  note: null,
  refundedIrr: 0,
  createdAt: '2026-12-07T06:31:00.000Z',
  completedAt: '2026-12-07T06:32:00.000Z',
  reconciliation: null,
  refunds: [],
  refundableIrr: 18_000_000,
}
