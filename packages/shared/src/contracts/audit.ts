import { z } from 'zod'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'

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
  ...pageQueryFields(100, 50),
})

export const auditPageSchema = pageOf(auditLogSchema)
