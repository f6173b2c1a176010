import type { FileLink } from '@yektayar/shared'
import type { AuthContext } from '../../lib/auth-context.ts'
import { readableFile } from './file-access.service.ts'
import type { FileDeps } from './file-deps.ts'
import { uploadedFileView } from './file-views.ts'

/** What a signed link to a file is for (plugins/signed-link.ts). */
export const fileLinkResource = (fileId: string) => `file:${fileId}`

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
  const { query, expiresAt } = deps.links.sign(auth, fileLinkResource(fileId), deps.now())
  const { url, fallbackUrl } = uploadedFileView(row)
  return {
    url: `${url}${query}`,
    fallbackUrl: fallbackUrl && `${fallbackUrl}${query}`,
    expiresAt: expiresAt.toISOString(),
  }
}
