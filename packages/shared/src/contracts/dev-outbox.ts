import { z } from 'zod'

/** What the offline SMS and email senders wrote; only outside production. */
export const outboxMessageSchema = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email']),
  to: z.string(),
  subject: z.string().optional(),
  text: z.string(),
  purpose: z.string(),
  createdAt: z.string(),
})

export const outboxQuerySchema = z.strictObject({ to: z.string().max(254).optional() })
export const outboxListSchema = z.object({ items: z.array(outboxMessageSchema) })
