import type { FilePurpose, FileStatus, UploadedFile } from '@yektayar/shared'
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
