import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { confirmAppointmentPayment, findPayableAppointment } from './appointment-confirmation.ts'

describe('the hold as payments sees it', () => {
  let t: TestApp
  let patient: SignedInUser
  let psy: TestPsychologist
  let slot = 30

  beforeAll(async () => {
    t = await createTestApp()
    patient = await createSignedInUser(t, 'patient')
    psy = await createPsychologist(t, {
      sessionTypes: [{ durationMinutes: 60, mode: 'video', priceIrr: 18_000_000 }],
    })
  })
  afterAll(() => t.close())

  async function hold(user = patient, startsAt = hourFromNow(slot++)) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: user.headers,
      payload: { psychologistId: psy.id, sessionTypeId: psy.sessionTypeIds[0], startsAt },
    })
    expect(response.statusCode).toBe(201)
    return response.json() as { id: string; startsAt: string }
  }

  const expireAndRelease = (id: string) =>
    t.database.query(
      `UPDATE appointments SET hold_expires_at = now() - interval '1 minute',
         status = 'cancelled', cancel_reason = 'hold_expired' WHERE id = $1`,
      [id],
    )

  const threads = async (patientId: string) => {
    const [row] = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM message_threads WHERE direct_key = $1',
      [`${patientId}:${psy.id}`],
    )
    return row?.n
  }

  it('gives payments the amount fixed at booking, for the patient’s own pending appointment', async () => {
    const { id } = await hold()
    const found = await findPayableAppointment(t.database.db, {
      appointmentId: id,
      patientId: patient.id,
    })
    expect(found?.priceIrr).toBe(18_000_000)
    const foreign = await findPayableAppointment(t.database.db, {
      appointmentId: id,
      patientId: psy.id,
    })
    expect(foreign).toBeUndefined()
  })

  it('confirms once, opens the direct thread on the first confirmation, and is idempotent', async () => {
    const { id } = await hold()
    expect(await threads(patient.id)).toBe(0)
    const first = await t.database.db.transaction((tx) => confirmAppointmentPayment(tx, id))
    expect(first).toMatchObject({ ok: true, alreadyConfirmed: false })
    expect(await threads(patient.id)).toBe(1)
    const again = await t.database.db.transaction((tx) => confirmAppointmentPayment(tx, id))
    expect(again).toMatchObject({ ok: true, alreadyConfirmed: true })
    const second = await hold()
    await t.database.db.transaction((tx) => confirmAppointmentPayment(tx, second.id))
    expect(await threads(patient.id)).toBe(1)
  })

  it('re-claims an expired hold whose slot is still free', async () => {
    const { id } = await hold()
    await expireAndRelease(id)
    const result = await t.database.db.transaction((tx) => confirmAppointmentPayment(tx, id))
    expect(result).toMatchObject({ ok: true, alreadyConfirmed: false })
  })

  it('answers slot_taken without aborting the caller’s transaction when the slot is gone', async () => {
    const startsAt = hourFromNow(slot++)
    const { id } = await hold(patient, startsAt)
    await expireAndRelease(id)
    const other = await createSignedInUser(t, 'patient')
    await hold(other, startsAt)
    const outcome = await t.database.db.transaction(async (tx) => {
      const result = await confirmAppointmentPayment(tx, id)
      // Payments goes on recording its refund in the same transaction.
      await tx.execute('SELECT 1')
      return result
    })
    expect(outcome).toMatchObject({ ok: false, reason: 'slot_taken' })
  })

  it('does not confirm what was cancelled', async () => {
    const { id } = await hold()
    await t.database.query(
      `UPDATE appointments SET status = 'cancelled', cancel_reason = 'by_patient' WHERE id = $1`,
      [id],
    )
    const result = await t.database.db.transaction((tx) => confirmAppointmentPayment(tx, id))
    expect(result).toMatchObject({ ok: false, reason: 'not_payable' })
    const missing = await t.database.db.transaction((tx) =>
      confirmAppointmentPayment(tx, '00000000-0000-4000-8000-000000000000'),
    )
    expect(missing).toMatchObject({ ok: false, reason: 'not_found' })
  })
})
