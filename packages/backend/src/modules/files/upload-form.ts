import { createHash, randomUUID } from 'node:crypto'
import { mkdir, open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { MultipartFile } from '@fastify/multipart'
import { type FilePurpose, uploadFieldsSchema } from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FilesConfig } from '../../config/config.ts'
import { AppError } from '../../lib/app-error.ts'
import { largestUpload, maxBytesOf } from './file-kinds.ts'

/** How much of the start of a file is kept in memory: what type detection reads. */
const HEAD_BYTES = 4100

export interface UploadForm {
  purpose: FilePurpose
  /** The name the client gave, for display only. */
  clientName: string | undefined
  /** The whole file, received to disk; the route removes it once answered. */
  path: string
  size: number
  /** The file's first bytes, for its type. */
  head: Buffer
  /** SHA-256 of the file (hex), computed chunk by chunk as it arrived. */
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
 * Receives the file to disk, stopping as soon as it passes the purpose's cap, hashing as it
 * arrives. Nothing the size of the file is held in memory: not a 3 MB photo per upload (made and
 * dropped many times a second under load, garbage the collector must deal with on the main
 * thread), nor a course video a hundred times that.
 */
async function receive(part: MultipartFile, maxBytes: number, path: string) {
  const hash = createHash('sha256')
  const head: Buffer[] = []
  let size = 0
  // Opened before anything is read, and closed before the caller may remove it: a lazily
  // opened stream could create the file after an early failure had already removed it.
  const out = await open(path, 'wx')
  try {
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > maxBytes) {
        part.file.destroy()
        throw new AppError('FILE_TOO_LARGE', `more than ${maxBytes} bytes`)
      }
      hash.update(chunk)
      if (size - chunk.length < HEAD_BYTES) head.push(chunk)
      const { bytesWritten } = await out.write(chunk)
      if (bytesWritten !== chunk.length) throw new Error('upload write cut short (disk full?)')
    }
  } finally {
    await out.close()
  }
  if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', 'over the parser limit')
  return { size, head: Buffer.concat(head).subarray(0, HEAD_BYTES), sha256: hash.digest('hex') }
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

/** Removes what `readUploadForm` received; safe to call when nothing was. */
export async function discardUpload(form: Pick<UploadForm, 'path'> | undefined): Promise<void> {
  if (form) await rm(form.path, { force: true })
}

/**
 * The upload form, part by part in the order sent: `purpose` (strict) before the file, one
 * file, nothing after it. Streams are read here, at the HTTP edge; what the file is and whether
 * it is allowed is the upload service's decision. The caller discards the form when done; on a
 * failure here nothing is left behind.
 */
export async function readUploadForm(
  request: FastifyRequest,
  config: FilesConfig,
): Promise<UploadForm> {
  const fields: Record<string, unknown> = {}
  let form: UploadForm | undefined
  const path = join(config.receivingDir, `${randomUUID()}.upload`)
  try {
    for await (const part of request.parts({ limits: multipartLimits(config) })) {
      if (form) throw new AppError('UPLOAD_MALFORMED', 'a part after the file')
      if (part.type === 'field') {
        fields[part.fieldname] = part.value
        continue
      }
      const purpose = purposeOf(fields)
      await mkdir(config.receivingDir, { recursive: true })
      const received = await receive(part, maxBytesOf(purpose, config), path)
      form = { purpose, clientName: part.filename, path, ...received }
    }
  } catch (error) {
    await discardUpload({ path })
    throw uploadErrorOf(error)
  }
  if (!form) throw new AppError('UPLOAD_MALFORMED', 'no file in the form')
  return form
}
