import type { DocumentFile, FilePurpose, FileStatus, UploadedFile } from '@yektayar/shared'
import type { DocumentRow } from './document.repository.ts'
import type { FileRow } from './file.repository.ts'

const BASE = '/api/v1/files'

/** Purposes served to anyone, cached forever, once their owner has put them to use. */
export const PUBLIC_PURPOSES: ReadonlySet<string> = new Set(['avatar', 'psychologist_photo'])

/** The first 16 hex digits of the content hash: a new picture is a new address. */
export const hashPrefixOf = (row: Pick<FileRow, 'sha256'>) => row.sha256?.slice(0, 16) ?? ''

export function publicUrlOf(row: FileRow): string | null {
  if (!PUBLIC_PURPOSES.has(row.purpose) || row.status !== 'ready') return null
  return `${BASE}/public/${row.id}/${hashPrefixOf(row)}.webp`
}

export function uploadedFileView(row: FileRow): UploadedFile {
  return {
    id: row.id,
    purpose: row.purpose as FilePurpose,
    status: row.status as FileStatus,
    mime: row.mime,
    size: row.size,
    width: row.width,
    height: row.height,
    displayName: row.displayName,
    url: `${BASE}/${row.id}`,
    fallbackUrl: row.fallbackKey ? `${BASE}/${row.id}/fallback` : null,
    publicUrl: publicUrlOf(row),
    createdAt: row.createdAt.toISOString(),
  }
}

/**
 * A document as a list shows it. `showSession` decides whether the reader may see the session
 * it is linked to: its owner always, a psychologist only a session with them (another
 * psychologist's session would tell them of care they are not part of).
 */
export function documentFileView(
  { file, session }: DocumentRow,
  showSession: (psychologistId: string | null) => boolean,
): DocumentFile {
  const { id, displayName, mime, size, url, fallbackUrl, createdAt } = uploadedFileView(file)
  const shown = session && showSession(session.psychologistId)
  return {
    id,
    displayName,
    mime,
    size,
    url,
    fallbackUrl,
    createdAt,
    appointment: shown ? { id: session.id, startsAt: session.startsAt.toISOString() } : null,
  }
}
