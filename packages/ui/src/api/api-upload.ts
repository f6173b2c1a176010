import type { FilePurpose, UploadedFile } from '@yektayar/shared/types'
import { currentLanguage } from '../i18n/init-i18n.ts'
import { reportReachable, reportUnreachable } from '../offline/connection.ts'
import { ApiError } from './api-error.ts'
import { clientProblem, csrfToken, problemOf } from './api-fetch.ts'
import { apiUrl, authorizationHeaders, usesBearerToken } from './api-transport.ts'

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
 * apiFetch's cookie, headers (language, CSRF echo), failures (ApiError with a stable code;
 * NETWORK_ERROR offline) and connection reports. `purpose` goes before the file: the server
 * reads the form as a stream. An aborted upload rejects with the signal's reason. It lives apart
 * from apiFetch, which is on the first screen, so that only the pages that upload download it
 * (web-app's vite.config.ts).
 */
export function uploadFile(options: UploadOptions): Promise<UploadedFile> {
  const { purpose, file, fileName, onProgress, signal } = options
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const xhr = new XMLHttpRequest()
    xhr.open('POST', apiUrl('/api/v1/files'))
    xhr.withCredentials = !usesBearerToken()
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.setRequestHeader('Accept-Language', currentLanguage())
    for (const [name, value] of Object.entries(authorizationHeaders())) {
      xhr.setRequestHeader(name, value)
    }
    const csrf = usesBearerToken() ? undefined : csrfToken()
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf)
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.total || file.size)
    xhr.onload = () => {
      reportReachable()
      const body = jsonOrNull(xhr.responseText)
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

/** A proxy's own page (its size limit's 413, a 502) is not JSON: problemOf names it by status. */
function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
