import type { FileLink } from '@yektayar/shared'
import type { AuthContext } from '../../lib/auth-context.ts'
import { missing, readableFile } from './file-access.service.ts'
import type { FileDeps } from './file-deps.ts'
import { fileLinkSignature, readFileLinkSignature } from './file-link.ts'
import { uploadedFileView } from './file-views.ts'

/**
 * A short-lived signed address of a file this person may read now (else NOT_FOUND), for both
 * its copies. Made for the Android app: its session is a bearer token, which <img>, <video>,
 * <track> and plain links cannot send.
 */
export async function createFileLink(
  deps: FileDeps,
  auth: AuthContext,
  fileId: string,
): Promise<FileLink> {
  const row = await readableFile(deps, auth, fileId)
  const expiresAt = Math.floor((deps.now().getTime() + deps.config.linkTtlMs) / 1000)
  const grant = { fileId, userId: auth.userId, sessionId: auth.sessionId, expiresAt }
  const query = `?sig=${fileLinkSignature(deps.linkSecret, grant)}`
  const { url, fallbackUrl } = uploadedFileView(row)
  return {
    url: `${url}${query}`,
    fallbackUrl: fallbackUrl && `${fallbackUrl}${query}`,
    expiresAt: new Date(expiresAt * 1000).toISOString(),
  }
}

/**
 * Who a link's signature stands for: the person of the live session it was made in. A link
 * that does not verify, has expired, or whose session has ended answers like a missing file;
 * whether that person may still read the file is decided afresh by the caller (openFile).
 */
export async function linkReader(
  deps: FileDeps,
  fileId: string,
  signature: string,
): Promise<AuthContext> {
  const grant = readFileLinkSignature(deps.linkSecret, fileId, signature, deps.now())
  if (!grant) throw missing()
  const auth = await deps.sessionById(grant.sessionId)
  if (!auth || auth.userId !== grant.userId || auth.totpSetupRequired) throw missing()
  return auth
}
