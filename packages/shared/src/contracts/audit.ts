import { z } from 'zod'
import { dayInputSchema, pageOf, pageQueryFields, uuidSchema } from './common.ts'

export const auditLogSchema = z
  .object({
    id: uuidSchema,
    userId: uuidSchema.nullable(),
    /** The actor's name from their profile; null for the system or a removed account. */
    actorName: z.string().nullable(),
    action: z.string(),
    resource: z.string().nullable(),
    resourceId: z.string().nullable(),
    /** What changed (often `{ before, after }`); never secrets, never a clinical note's text. */
    changes: z.unknown(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AuditLog' })

const token = z.string().trim().min(1).max(100)

/** The filters the list and its CSV export share; `from`/`to` are civil days in Tehran. */
export const auditFilterFields = {
  userId: uuidSchema.optional(),
  /** A person's trail: what they did (`userId`) and what was done to them (`resourceId`). */
  person: uuidSchema.optional(),
  action: token.optional(),
  resource: token.optional(),
  resourceId: token.optional(),
  from: dayInputSchema.optional(),
  to: dayInputSchema.optional(),
}

export const auditQuerySchema = z.strictObject({
  ...auditFilterFields,
  ...pageQueryFields(100, 50),
})

export const auditExportQuerySchema = z.strictObject(auditFilterFields)

export const auditPageSchema = pageOf(auditLogSchema)

/** The actions and resource types the log holds, for the filter menus. */
export const auditFacetsSchema = z.object({
  actions: z.array(z.string()),
  resources: z.array(z.string()),
})

export type AuditLog = z.infer<typeof auditLogSchema>
export type AuditQuery = z.input<typeof auditQuerySchema>
export type AuditExportQuery = z.infer<typeof auditExportQuerySchema>
export type AuditPage = z.infer<typeof auditPageSchema>
export type AuditFacets = z.infer<typeof auditFacetsSchema>
