import { apiFetch, uploadFile } from '@yektayar/ui'

export type PhotoPurpose = 'avatar' | 'psychologist_photo'

/** Where a ready upload of each purpose is put to use. */
const USE_PATHS: Record<PhotoPurpose, string> = {
  avatar: '/api/v1/users/me/avatar',
  psychologist_photo: '/api/v1/professionals/me/photo',
}

/** The server keeps at most this many pixels a side; sending more only costs the upload. */
export const MAX_SIDE: Record<PhotoPurpose, number> = { avatar: 512, psychologist_photo: 1024 }

/**
 * POST /files (the `purpose` field first: the server reads it before the file streams in), then
 * PUT the file to use. Answers the new public, content-hashed address.
 */
export async function uploadPhoto(
  purpose: PhotoPurpose,
  picture: Blob,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const file = await uploadFile({
    purpose,
    file: picture,
    fileName: 'photo.jpg',
    onProgress: onProgress && ((sent, total) => onProgress(total > 0 ? sent / total : 0)),
  })
  const used = await apiFetch<{ url: string }>(USE_PATHS[purpose], {
    method: 'PUT',
    body: { fileId: file.id },
  })
  return used.url
}

export function removeAvatar(): Promise<void> {
  return apiFetch<void>(USE_PATHS.avatar, { method: 'DELETE' })
}
