import { z } from 'zod'
import { pageOf, uuidSchema } from './common.ts'

export const auditLogSchema = z.object({
  id: uuidSchema,
  userId: uuidSchema.nullable(),
  action: z.string(),
  resource: z.string().nullable(),
  resourceId: z.string().nullable(),
  changes: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
})

export const auditQuerySchema = z.strictObject({
  userId: uuidSchema.optional(),
  action: z.string().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})

export const auditPageSchema = pageOf(auditLogSchema)
