import type { FilePurpose, UploadedFile } from '@yektayar/shared/types'
import { reportReachable, reportUnreachable } from '../offline/connection.ts'
import { ApiError } from './api-error.ts'
import { apiHeaders, clientProblem, problemOf } from './api-fetch.ts'

export interface UploadOptions {
  purpose: FilePurpose
  file: Blob
  /** Shown to readers; a pasted image has none, the server then picks one. */
  fileName?: string
  /** Bytes sent so far, out of the total, as the browser reports them. */
  onProgress?: (sent: number, total: number) => void
  signal?: AbortSignal
}

/**
 * POST /api/v1/files with upload progress, which fetch cannot report yet: XMLHttpRequest with
 * apiFetch's headers (language, CSRF echo) and its failures (ApiError with a stable code;
 * NETWORK_ERROR offline). `purpose` goes before the file: the server reads the form as a stream.
 * An aborted upload rejects with the signal's reason.
 */
export function uploadFile(options: UploadOptions): Promise<UploadedFile> {
  const { purpose, file, fileName, onProgress, signal } = options
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/v1/files')
    xhr.withCredentials = true
    for (const [name, value] of apiHeaders('POST')) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.total || file.size)
    xhr.onload = () => {
      reportReachable()
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // Not JSON: a proxy's page; problemOf names it by its status.
      }
      if (xhr.status === 201) resolve(body as UploadedFile)
      else reject(new ApiError(problemOf(xhr.status, body)))
    }
    xhr.onerror = () => {
      reportUnreachable()
      reject(new ApiError(clientProblem(0, 'NETWORK_ERROR')))
    }
    xhr.onabort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'))
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    const form = new FormData()
    form.append('purpose', purpose)
    form.append('file', file, fileName ?? (file instanceof File ? file.name : 'file'))
    xhr.send(form)
  })
}
