import { createHash, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { FilePurpose, UploadedFile } from '@yektayar/shared'
import { fileTypeFromBuffer } from 'file-type'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { displayNameOf } from './display-name.ts'
import { bytesHeld, type FileRow, insertFile, markReady, markRejected } from './file.repository.ts'
import type { FileDeps } from './file-deps.ts'
import { extensionOf, isImageType, PURPOSE_RULES, WEBVTT } from './file-kinds.ts'
import { uploadedFileView } from './file-views.ts'
import { encodeImage } from './image-encoder.ts'
import type { UploadForm } from './upload-form.ts'
import { isWebVtt, MAX_WEBVTT_BYTES } from './webvtt.ts'

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

function requireMayUpload(auth: AuthContext, purpose: FilePurpose) {
  if (purpose === 'psychologist_photo' && auth.userType !== 'psychologist') {
    throw new AppError('FORBIDDEN', 'only psychologists have a directory photo')
  }
  if (purpose === 'course_media' && auth.userType === 'patient') {
    throw new AppError('FORBIDDEN', 'course media come from staff')
  }
}

/**
 * The type by content: file-type's binary signatures on the first bytes, else captions by
 * webvtt.ts's rule, which reads the whole (small) file: it must be UTF-8 and NUL-free throughout.
 */
async function detectType(form: UploadForm): Promise<{ mime: string } | undefined> {
  const detected = await fileTypeFromBuffer(form.head)
  if (detected) return detected
  if (form.size > MAX_WEBVTT_BYTES) return undefined
  return isWebVtt(await readFile(form.path)) ? { mime: WEBVTT } : undefined
}

/** The type by the file's content, against the purpose's allow-list; sizes per kind. */
async function judge(deps: FileDeps, form: UploadForm) {
  const detected = await detectType(form)
  const rule = PURPOSE_RULES[form.purpose]
  if (!detected || !rule.types.includes(detected.mime)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', detected?.mime ?? 'unknown type')
  }
  const image = isImageType(detected.mime)
  const cap = image ? deps.config.maxBytes.image : deps.config.maxBytes[rule.sizeClass]
  if (form.size > cap) throw new AppError('FILE_TOO_LARGE', `more than ${cap} bytes`)
  return { mime: detected.mime, image, rule }
}

/** Images: WebP and JPEG from the pixels alone. Anything else: the bytes as they came. */
async function store(deps: FileDeps, row: FileRow, form: UploadForm, maxSide: number | null) {
  if (maxSide === null) {
    await deps.storage.putFile(row.storageKey, form.path, form.size, row.mime)
    return markReady(deps.db, row.id, {
      mime: row.mime,
      size: form.size,
      sha256: form.sha256,
      fallbackKey: null,
      fallbackSize: null,
      width: null,
      height: null,
    })
  }
  const image = await encodeImage(form.path, maxSide)
  const fallbackKey = row.storageKey.replace(/\.webp$/, '.jpg')
  await deps.storage.put(row.storageKey, image.webp, 'image/webp')
  await deps.storage.put(fallbackKey, image.jpeg, 'image/jpeg')
  return markReady(deps.db, row.id, {
    mime: 'image/webp',
    size: image.webp.length,
    sha256: sha256Of(image.webp),
    fallbackKey,
    fallbackSize: image.jpeg.length,
    width: image.width,
    height: image.height,
  })
}

/**
 * An upload: judged by content, counted against the owner's quota while it is processed (the
 * row is `pending` meanwhile), stored under a random key, then `ready`. A file that fails on
 * the way is `rejected` and its bytes removed; the sweep deletes the row later.
 */
export async function uploadFile(
  deps: FileDeps,
  auth: AuthContext,
  form: UploadForm,
): Promise<UploadedFile> {
  requireMayUpload(auth, form.purpose)
  const { mime, image, rule } = await judge(deps, form)
  const held = await bytesHeld(deps.db, auth.userId, form.purpose)
  if (held + form.size > deps.quotaBytesPerPurpose()) {
    throw new AppError('FILE_QUOTA_EXCEEDED', `${held} bytes held for ${form.purpose}`)
  }
  const id = randomUUID()
  const row = await insertFile(deps.db, {
    id,
    ownerId: auth.userId,
    purpose: form.purpose,
    mime: image ? 'image/webp' : mime,
    size: form.size,
    storageKey: `${form.purpose}/${id}.${image ? 'webp' : extensionOf(mime)}`,
    displayName: displayNameOf(form.clientName, image ? 'image' : 'file'),
    status: 'pending',
    usedAt: rule.usedOnUpload ? deps.now() : null,
  })
  try {
    return uploadedFileView(await store(deps, row, form, image ? rule.maxSide : null))
  } catch (error) {
    await markRejected(deps.db, row.id)
    await removeObjects(deps, [row.storageKey, row.storageKey.replace(/\.webp$/, '.jpg')])
    throw error
  }
}

/** Best effort: a storage hiccup leaves an object no row points to, which nobody can reach. */
export async function removeObjects(deps: FileDeps, keys: (string | null)[]): Promise<void> {
  for (const key of new Set(keys)) {
    if (!key) continue
    await deps.storage.delete(key).catch((error: unknown) => {
      deps.log.warn({ err: error, key }, 'could not remove a stored file')
    })
  }
}
