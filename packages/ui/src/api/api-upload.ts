import { currentLanguage } from '../i18n/init-i18n.ts'
import { reportReachable, reportUnreachable } from '../offline/connection.ts'
import { ApiError } from './api-error.ts'
import { clientProblem, csrfToken, problemOf } from './api-fetch.ts'

export interface UploadOptions {
  /** Fraction of the body sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
}

/**
 * POST of a multipart form to our own API, with upload progress (fetch has none): the same
 * cookie, CSRF header, language and ApiError failures as apiFetch.
 */
export function apiUpload<T>(path: string, form: FormData, options: UploadOptions = {}) {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.setRequestHeader('Accept-Language', currentLanguage())
    const csrf = csrfToken()
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total)
    }
    xhr.onload = () => {
      reportReachable()
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // Not JSON (a proxy's page): problemOf falls back to the status.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T)
      else reject(new ApiError(problemOf(xhr.status, body)))
    }
    xhr.onerror = () => {
      reportUnreachable()
      reject(new ApiError(clientProblem(0, 'NETWORK_ERROR')))
    }
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'))
    options.signal?.addEventListener('abort', () => xhr.abort())
    xhr.send(form)
  })
}
