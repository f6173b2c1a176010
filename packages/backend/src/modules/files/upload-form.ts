import type { MultipartFile } from '@fastify/multipart'
import { type FilePurpose, uploadFieldsSchema } from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FilesConfig } from '../../config/config.ts'
import { AppError } from '../../lib/app-error.ts'
import { largestUpload, maxBytesOf } from './file-kinds.ts'

export interface UploadForm {
  purpose: FilePurpose
  /** The name the client gave, for display only. */
  clientName: string | undefined
  bytes: Buffer
}

/**
 * Every limit of the multipart parser, explicit: one file, one or two short fields, a handful
 * of parts and headers. A body of thousands of parts stops at the fourth.
 */
export function multipartLimits(config: FilesConfig) {
  return {
    fieldNameSize: 100,
    fieldSize: 100,
    fields: 2,
    fileSize: largestUpload(config),
    files: 1,
    parts: 3,
    headerPairs: 20,
  }
}

const MULTIPART_CODES: Record<string, AppError['code']> = {
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_PARTS_LIMIT: 'UPLOAD_MALFORMED',
  FST_FILES_LIMIT: 'UPLOAD_MALFORMED',
  FST_FIELDS_LIMIT: 'UPLOAD_MALFORMED',
  FST_PROTO_VIOLATION: 'UPLOAD_MALFORMED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UPLOAD_MALFORMED',
  FST_INVALID_JSON_FIELD_ERROR: 'UPLOAD_MALFORMED',
  FST_MP_PREMATURE_CLOSE: 'UPLOAD_MALFORMED',
}

function uploadErrorOf(error: unknown): unknown {
  const code = (error as { code?: string }).code
  const mapped = code ? MULTIPART_CODES[code] : undefined
  if (mapped) return new AppError(mapped, (error as Error).message)
  if (error instanceof Error && /multipart|part terminated|unexpected end/i.test(error.message)) {
    return new AppError('UPLOAD_MALFORMED', error.message)
  }
  return error
}

function fieldsOf(part: MultipartFile): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const [name, entry] of Object.entries(part.fields)) {
    if (entry && !Array.isArray(entry) && entry.type === 'field') values[name] = entry.value
  }
  return values
}

/** Reads the file into memory, stopping as soon as it passes the purpose's cap. */
async function readCapped(part: MultipartFile, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of part.file) {
    total += (chunk as Buffer).length
    if (total > maxBytes) {
      part.file.destroy()
      throw new AppError('FILE_TOO_LARGE', `more than ${maxBytes} bytes`)
    }
    chunks.push(chunk as Buffer)
  }
  if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', 'over the parser limit')
  return Buffer.concat(chunks)
}

/**
 * The upload form: `purpose` first (strict), then one file. Streams are read here, at the
 * HTTP edge; what the file is and whether it is allowed is the upload service's decision.
 */
export async function readUploadForm(
  request: FastifyRequest,
  config: FilesConfig,
): Promise<UploadForm> {
  try {
    const part = await request.file({ limits: multipartLimits(config) })
    if (!part) throw new AppError('UPLOAD_MALFORMED', 'no file in the form')
    const fields = uploadFieldsSchema.safeParse(fieldsOf(part))
    if (!fields.success) {
      part.file.resume()
      throw new AppError('UPLOAD_MALFORMED', 'purpose missing, unknown or after the file', {
        errors: fields.error.issues.map((issue) => ({
          path: `body.${issue.path.join('.')}`,
          message: issue.message,
        })),
      })
    }
    const { purpose } = fields.data
    const bytes = await readCapped(part, maxBytesOf(purpose, config))
    return { purpose, clientName: part.filename, bytes }
  } catch (error) {
    throw uploadErrorOf(error)
  }
}
