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

/**
 * A short-lived signed address (`?sig=…`) of something a session may download, for clients
 * whose session is a bearer token (the Android app), which a browser does not add to <img>,
 * <video>, <track> or a plain link. For the person who asked, while their session lasts; what
 * it opens is checked again on every use.
 */
export const signedLinkSchema = z
  .object({ url: z.string(), expiresAt: z.string() })
  .meta({ id: 'SignedLink' })

export type SignedLink = z.infer<typeof signedLinkSchema>

/**
 * The query of a download a signed link may open: its signature, in place of a session.
 * Anything else is ignored, as before links existed.
 */
export const signedLinkQuerySchema = z.object({
  // Any text: a signature that does not verify answers like a missing resource.
  sig: z.string().max(300).optional(),
})

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
