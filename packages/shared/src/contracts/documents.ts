import { z } from 'zod'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'

/** The session a document was brought for; only ever one of the reader's own sessions. */
export const documentSessionSchema = z.object({ id: uuidSchema, startsAt: z.string() })

/**
 * A document (an upload of purpose `document`): a referral letter, a test result, a report a
 * patient keeps for their care, optionally linked to one of their sessions.
 */
export const documentFileSchema = z
  .object({
    id: uuidSchema,
    displayName: z.string(),
    /** The type of the stored bytes, decided by their content (image/webp for any image). */
    mime: z.string(),
    size: z.number().int(),
    url: z.string(),
    /** The JPEG copy of an image, for clients without WebP; null for PDFs. */
    fallbackUrl: z.string().nullable(),
    createdAt: z.string(),
    /** Null when unlinked, and for a psychologist when the session is not with them. */
    appointment: documentSessionSchema.nullable(),
  })
  .meta({ id: 'DocumentFile' })

export const documentFilePageSchema = pageOf(documentFileSchema)
export const documentListQuerySchema = z.strictObject(pageQueryFields(100, 50))
export const patientDocumentsParamsSchema = z.strictObject({ patientId: uuidSchema })

/** Links my document to one of my sessions as its patient, or unlinks it (null). */
export const linkDocumentBodySchema = z.strictObject({ appointmentId: uuidSchema.nullable() })

export type DocumentFile = z.infer<typeof documentFileSchema>
export type DocumentFilePage = z.infer<typeof documentFilePageSchema>
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>
export type LinkDocumentBody = z.infer<typeof linkDocumentBodySchema>
