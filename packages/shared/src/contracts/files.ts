import { z } from 'zod'
import { signedLinkSchema, uuidSchema } from './common.ts'
import { FILE_PURPOSES, FILE_STATUSES } from './file-constants.ts'

export const filePurposeSchema = z.enum(FILE_PURPOSES)

/**
 * The form fields of an upload besides the file. Strict, and `purpose` must come before the
 * file part: the server reads the form as a stream and needs the purpose to judge the file.
 */
export const uploadFieldsSchema = z.strictObject({ purpose: filePurposeSchema })

/** An uploaded file as its owner sees it. Images carry a WebP (`url`) and a JPEG fallback. */
export const uploadedFileSchema = z
  .object({
    id: uuidSchema,
    purpose: filePurposeSchema,
    status: z.enum(FILE_STATUSES),
    /** The type of the stored bytes, decided by their content (image/webp for any image). */
    mime: z.string(),
    size: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    displayName: z.string(),
    url: z.string(),
    /** The JPEG copy of an image, for clients without WebP; null for other files. */
    fallbackUrl: z.string().nullable(),
    /** Avatars and psychologist photos: the public, cache-forever address once in use. */
    publicUrl: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'UploadedFile' })

export const fileParamsSchema = z.strictObject({ id: uuidSchema })

/** Public images: the id plus the start of the content hash, so a new picture is a new URL. */
export const publicFileParamsSchema = z.strictObject({
  id: uuidSchema,
  name: z.string().regex(/^[0-9a-f]{16}\.(webp|jpg)$/),
})

/** Sets my avatar or my psychologist photo from a ready file of that purpose that I uploaded. */
export const useImageBodySchema = z.strictObject({ fileId: uuidSchema })

/** Attaches my ready attachment to a message I sent. */
export const attachFileBodySchema = z.strictObject({ messageId: uuidSchema })

/** The attachments of one message, for whoever may read its thread. */
export const fileListQuerySchema = z.strictObject({ messageId: uuidSchema })
export const fileListSchema = z.object({ items: z.array(uploadedFileSchema) })

/** A file's signed link (signedLinkSchema), with its image's JPEG copy under the same signature. */
export const fileLinkSchema = signedLinkSchema
  .extend({ fallbackUrl: z.string().nullable() })
  .meta({ id: 'FileLink' })

export const imageInUseSchema = z.object({ url: z.string() }).meta({ id: 'ImageInUse' })

export type UploadedFile = z.infer<typeof uploadedFileSchema>
export type UseImageBody = z.infer<typeof useImageBodySchema>
export type FileList = z.infer<typeof fileListSchema>
export type AttachFileBody = z.infer<typeof attachFileBodySchema>
export type FileLink = z.infer<typeof fileLinkSchema>
