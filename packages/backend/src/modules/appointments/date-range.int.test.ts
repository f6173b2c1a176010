import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { holdAppointment } from '../../../test/payment-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

// Year 0000, and year 10000 once the offset is applied: each used to end in a 500.
const BAD_INSTANTS = ['0000-01-01T00:00:00Z', '9999-12-31T23:30:00-05:00', '1899-12-31T23:59:59Z']
const BAD_DAYS = ['0000-01-01', '3000-01-01']

describe('dates outside the calendar', () => {
  let t: TestApp
  let patient: SignedInUser
  let psy: TestPsychologist
  beforeAll(async () => {
    t = await createTestApp()
    patient = await createSignedInUser(t, 'patient')
    psy = await createPsychologist(t)
  })
  afterAll(() => t.close())

  const expectFieldError = (response: { statusCode: number; json(): unknown }, path: string) => {
    expect(response.statusCode).toBe(400)
    const problem = response.json() as { code: string; errors: Array<{ path: string }> }
    expect(problem.code).toBe('DATE_OUT_OF_RANGE')
    expect(problem.errors.map((error) => error.path)).toContain(path)
  }

  it('are refused with a field error on availability and appointment lists', async () => {
    for (const value of [...BAD_INSTANTS, ...BAD_DAYS]) {
      const availability = await t.app.inject({
        url: `/api/v1/professionals/${psy.id}/availability?from=${encodeURIComponent(value)}`,
      })
      expect(availability.statusCode).toBe(400)
      expect(availability.json().errors[0].path).toBe('querystring.from')
    }
    for (const value of BAD_INSTANTS) {
      const list = await t.app.inject({
        url: `/api/v1/appointments?to=${encodeURIComponent(value)}`,
        headers: patient.headers,
      })
      expectFieldError(list, 'querystring.to')
    }
  })

  it('are refused when booking, rescheduling and closing a day', async () => {
    const appointmentId = await holdAppointment(t, patient, psy, hourFromNow(30))
    for (const startsAt of BAD_INSTANTS) {
      const booking = await t.app.inject({
        method: 'POST',
        url: '/api/v1/appointments',
        headers: patient.headers,
        payload: { psychologistId: psy.id, sessionTypeId: psy.sessionTypeIds[0], startsAt },
      })
      expectFieldError(booking, 'body.startsAt')
      const moved = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/appointments/${appointmentId}`,
        headers: patient.headers,
        payload: { startsAt },
      })
      expectFieldError(moved, 'body.startsAt')
    }
    for (const date of BAD_DAYS) {
      const override = await t.app.inject({
        method: 'POST',
        url: '/api/v1/professionals/me/overrides',
        headers: psy.headers,
        payload: { date, kind: 'unavailable' },
      })
      expectFieldError(override, 'body.date')
    }
  })
})
