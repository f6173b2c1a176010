import { createHash } from 'node:crypto'
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
  /** SHA-256 of `bytes` (hex), computed chunk by chunk as they arrived. */
  sha256: string
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

/**
 * Reads the file into memory, stopping as soon as it passes the purpose's cap. Hashed as it
 * arrives, so a large video costs the event loop many small slices, not one long one.
 */
async function readCapped(part: MultipartFile, maxBytes: number) {
  const chunks: Buffer[] = []
  const hash = createHash('sha256')
  let total = 0
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    total += chunk.length
    if (total > maxBytes) {
      part.file.destroy()
      throw new AppError('FILE_TOO_LARGE', `more than ${maxBytes} bytes`)
    }
    hash.update(chunk)
    chunks.push(chunk)
  }
  if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', 'over the parser limit')
  return { bytes: Buffer.concat(chunks), sha256: hash.digest('hex') }
}

function purposeOf(fields: Record<string, unknown>): FilePurpose {
  const parsed = uploadFieldsSchema.safeParse(fields)
  if (parsed.success) return parsed.data.purpose
  throw new AppError('UPLOAD_MALFORMED', 'purpose missing or unknown, or a field too many', {
    errors: parsed.error.issues.map((issue) => ({
      path: `body.${issue.path.join('.')}`,
      message: issue.message,
    })),
  })
}

/**
 * The upload form, part by part in the order sent: `purpose` (strict) before the file, one
 * file, nothing after it. Streams are read here, at the HTTP edge; what the file is and whether
 * it is allowed is the upload service's decision.
 */
export async function readUploadForm(
  request: FastifyRequest,
  config: FilesConfig,
): Promise<UploadForm> {
  const fields: Record<string, unknown> = {}
  let form: UploadForm | undefined
  try {
    for await (const part of request.parts({ limits: multipartLimits(config) })) {
      if (form) throw new AppError('UPLOAD_MALFORMED', 'a part after the file')
      if (part.type === 'field') {
        fields[part.fieldname] = part.value
        continue
      }
      const purpose = purposeOf(fields)
      const read = await readCapped(part, maxBytesOf(purpose, config))
      form = { purpose, clientName: part.filename, ...read }
    }
  } catch (error) {
    throw uploadErrorOf(error)
  }
  if (!form) throw new AppError('UPLOAD_MALFORMED', 'no file in the form')
  return form
}
