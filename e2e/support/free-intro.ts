import type { BrowserContext } from 'playwright-core'
import { expect } from 'vitest'

/** Nazanin Karimi offers a free intro in the demo data: booked without a payment, confirmed at once. */
export const FREE_INTRO_PSYCHOLOGIST = { phone: '+989120000103', name: 'نازنین کریمی' }

export interface BookedAppointment {
  id: string
  status: string
}

async function csrfOf(context: BrowserContext, origin: string) {
  return (await context.cookies(origin)).find((cookie) => cookie.name === 'yy_csrf')?.value ?? ''
}

/** As the signed-in patient: books the demo psychologist's free intro at its last free start. */
export async function bookFreeIntro(
  context: BrowserContext,
  origin: string,
): Promise<BookedAppointment> {
  const get = async <T>(path: string) =>
    (await (await context.request.get(`${origin}${path}`)).json()) as T
  const list = await get<{ items: { id: string; name: { fa: string } }[] }>(
    '/api/v1/professionals?limit=50',
  )
  const psychologistId =
    list.items.find((item) => item.name.fa === FREE_INTRO_PSYCHOLOGIST.name)?.id ?? ''
  const detail = await get<{ sessionTypes: { id: string; priceIrr: number }[] }>(
    `/api/v1/professionals/${psychologistId}`,
  )
  const sessionTypeId = detail.sessionTypes.find((type) => type.priceIrr === 0)?.id ?? ''
  const { slots } = await get<{ slots: { startsAt: string }[] }>(
    `/api/v1/professionals/${psychologistId}/availability?sessionType=${sessionTypeId}`,
  )
  const startsAt = slots.at(-1)?.startsAt
  expect(startsAt, 'the demo psychologist has a free slot').toBeDefined()
  const response = await context.request.post(`${origin}/api/v1/appointments`, {
    data: { psychologistId, sessionTypeId, startsAt },
    headers: { 'x-csrf-token': await csrfOf(context, origin) },
  })
  expect(response.status()).toBe(201)
  return (await response.json()) as BookedAppointment
}
