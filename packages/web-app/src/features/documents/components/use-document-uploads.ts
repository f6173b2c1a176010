import type { UploadedFile } from '@yektayar/shared/types'
import { isApiError, uploadFile } from '@yektayar/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { looksLikeHeic } from '../upload-errors.ts'

export interface DocumentUpload {
  key: string
  file: File
  sent: number
  status: 'uploading' | 'failed'
  /** The server's code (FILE_TOO_LARGE…) or NETWORK_ERROR, once failed. */
  error: string | null
}

let lastKey = 0

/**
 * Documents being uploaded (POST /files, purpose `document`), each with its progress,
 * cancellable, and retryable when failed. A finished one leaves the list: it is a document
 * from then on (`onUploaded`), kept on the server from the upload.
 */
export function useDocumentUploads(onUploaded: (file: UploadedFile) => void) {
  const [items, setItems] = useState<DocumentUpload[]>([])
  const controllers = useRef(new Map<string, AbortController>())
  const itemsRef = useRef(items)
  itemsRef.current = items
  const uploadedRef = useRef(onUploaded)
  uploadedRef.current = onUploaded

  const change = useCallback((key: string, patch: Partial<DocumentUpload>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)))
  }, [])

  const drop = useCallback((key: string) => {
    controllers.current.get(key)?.abort()
    setItems((current) => current.filter((item) => item.key !== key))
  }, [])

  const start = useCallback(
    (key: string, file: File) => {
      if (looksLikeHeic(file)) {
        change(key, { status: 'failed', error: 'FILE_TYPE_NOT_ALLOWED' })
        return
      }
      const controller = new AbortController()
      controllers.current.set(key, controller)
      change(key, { status: 'uploading', sent: 0, error: null })
      uploadFile({
        purpose: 'document',
        file,
        signal: controller.signal,
        onProgress: (sent) => change(key, { sent }),
      })
        .then((uploaded) => {
          setItems((current) => current.filter((item) => item.key !== key))
          uploadedRef.current(uploaded)
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return
          change(key, { status: 'failed', error: isApiError(error) ? error.code : 'other' })
        })
        .finally(() => controllers.current.delete(key))
    },
    [change],
  )

  const add = useCallback(
    (files: File[]) => {
      const added = files.map((file) => ({
        key: `document-${++lastKey}`,
        file,
        sent: 0,
        status: 'uploading' as const,
        error: null,
      }))
      setItems((current) => [...current, ...added])
      for (const item of added) start(item.key, item.file)
    },
    [start],
  )

  const retry = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key)
      if (item) start(key, item.file)
    },
    [start],
  )

  // Leaving the page stops what is still uploading; the server keeps nothing half-sent.
  useEffect(
    () => () => {
      for (const controller of controllers.current.values()) controller.abort()
    },
    [],
  )

  return { items, add, retry, remove: drop }
}

export type DocumentUploads = ReturnType<typeof useDocumentUploads>
