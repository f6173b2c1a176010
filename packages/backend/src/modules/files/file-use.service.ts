import type { AttachFileBody, UploadedFile } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { requireOwnMessage } from '../messaging/message-access.ts'
import { setMyPhotoUrl } from '../professionals/my-profile.service.ts'
import { setAvatarUrl } from '../users/users.service.ts'
import { attachToMessage, releaseOthers, useOwnFile } from './file.repository.ts'
import type { FileDeps } from './file-deps.ts'
import { publicUrlOf, uploadedFileView } from './file-views.ts'

const notUsable = () => new AppError('FILE_NOT_USABLE', 'not a ready file of mine for this purpose')

/** Marks my ready file of this purpose in use and lets my previous one go to the sweep. */
async function useImage(deps: FileDeps, auth: AuthContext, fileId: string, purpose: string) {
  const target = { id: fileId, ownerId: auth.userId, purpose }
  return deps.db.transaction(async (tx) => {
    const row = await useOwnFile(tx, target, deps.now())
    const url = row ? publicUrlOf(row) : null
    if (!url) throw notUsable()
    await releaseOthers(tx, { keepId: fileId, ownerId: auth.userId, purpose })
    return url
  })
}

export async function setMyAvatar(deps: FileDeps, auth: AuthContext, fileId: string) {
  const url = await useImage(deps, auth, fileId, 'avatar')
  await setAvatarUrl(deps.db, auth.userId, url)
  await deps.shownChanged(auth.userId)
  return { url }
}

/** Removes my avatar: the profile forgets it and the file goes to the sweep like a replaced one. */
export async function clearMyAvatar(deps: FileDeps, auth: AuthContext): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await releaseOthers(tx, { keepId: null, ownerId: auth.userId, purpose: 'avatar' })
    await setAvatarUrl(tx, auth.userId, null)
  })
  await deps.shownChanged(auth.userId)
}

export async function setMyPsychologistPhoto(deps: FileDeps, auth: AuthContext, fileId: string) {
  const url = await useImage(deps, auth, fileId, 'psychologist_photo')
  await setMyPhotoUrl(deps.db, auth.userId, url)
  return { url }
}

/**
 * Attaches my ready attachment to a message I wrote in a thread I can still read. From then on
 * it is readable by whoever may read that thread (file-access.service.ts).
 */
export async function attachMyFile(
  deps: FileDeps,
  auth: AuthContext,
  fileId: string,
  body: AttachFileBody,
): Promise<UploadedFile> {
  await requireOwnMessage(deps.db, body.messageId, auth)
  const target = { ids: [fileId], ownerId: auth.userId, messageId: body.messageId }
  const [row] = await attachToMessage(deps.db, target, deps.now())
  if (!row) throw notUsable()
  return uploadedFileView(row)
}
