import { z } from 'zod'

export const uuidSchema = z.uuid()

// What a calendar of sessions can mean; outside it a date is a typo or a probe (year 0000,
// year 10000 after the offset), refused here instead of failing deep in date arithmetic.
const EARLIEST = Date.UTC(1900, 0, 1)
const LATEST = Date.UTC(3000, 0, 1)
const inCalendarRange = (value: string) => {
  const time = Date.parse(value)
  return time >= EARLIEST && time < LATEST
}

/** An instant a client sends: ISO-8601 with an offset, between 1900 and 2999 in UTC. */
export const instantInputSchema = z.iso
  .datetime({ offset: true })
  .refine(inCalendarRange, 'DATE_OUT_OF_RANGE')

/** A calendar day a client sends, `YYYY-MM-DD`, between 1900 and 2999. */
export const dayInputSchema = z.iso.date().refine(inCalendarRange, 'DATE_OUT_OF_RANGE')

/** `/:id` path parameters: one resource by its uuid. */
export const idParamsSchema = z.strictObject({ id: uuidSchema })

/** Keyset pagination's query fields: `cursor` is opaque to clients; a page holds 1 to `maxLimit`. */
export function pageQueryFields(maxLimit: number, defaultLimit = 20) {
  return {
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  }
}

export const pageQuerySchema = z.strictObject(pageQueryFields(100))

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}
