import { MESSAGE_MAX_ATTACHMENTS, type MessageAttachment } from '@yektayar/shared/types'
import { isApiError, uploadFile } from '@yektayar/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

export type UploadStatus = 'uploading' | 'ready' | 'failed'

export interface PendingUpload {
  key: string
  file: File
  /** A local address of the picked image, for its thumbnail before the server has it. */
  localUrl: string | null
  sent: number
  status: UploadStatus
  /** The server's code (FILE_TOO_LARGE…) or NETWORK_ERROR, while failed. */
  error: string | null
  uploaded: MessageAttachment | null
}

let lastKey = 0

/**
 * The files picked for the next message, each uploaded at once (POST /files, purpose
 * `attachment`) with its progress, cancellable and retryable. The message is sent with the
 * ids of the ready ones; the server puts them on it in the sending transaction.
 */
export function useAttachmentUploads() {
  const [items, setItems] = useState<PendingUpload[]>([])
  const [refused, setRefused] = useState(false)
  const controllers = useRef(new Map<string, AbortController>())
  const itemsRef = useRef(items)
  itemsRef.current = items

  const change = useCallback((key: string, patch: Partial<PendingUpload>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)))
  }, [])

  const start = useCallback(
    (key: string, file: File) => {
      const controller = new AbortController()
      controllers.current.set(key, controller)
      change(key, { status: 'uploading', sent: 0, error: null })
      uploadFile({
        purpose: 'attachment',
        file,
        signal: controller.signal,
        onProgress: (sent) => change(key, { sent }),
      })
        .then((uploaded) => change(key, { status: 'ready', sent: file.size, uploaded }))
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
      const room = MESSAGE_MAX_ATTACHMENTS - itemsRef.current.length
      setRefused(files.length > room)
      const added = files.slice(0, Math.max(room, 0)).map((file) => ({
        key: `upload-${++lastKey}`,
        file,
        localUrl: file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
        sent: 0,
        status: 'uploading' as const,
        error: null,
        uploaded: null,
      }))
      if (added.length === 0) return
      setItems((current) => [...current, ...added])
      for (const item of added) start(item.key, item.file)
    },
    [start],
  )

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort()
    const item = itemsRef.current.find((candidate) => candidate.key === key)
    if (item?.localUrl) URL.revokeObjectURL(item.localUrl)
    setItems((current) => current.filter((candidate) => candidate.key !== key))
    setRefused(false)
  }, [])

  const retry = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key)
      if (item) start(key, item.file)
    },
    [start],
  )

  /** After sending: the files went with the message (their local previews go too). */
  const clear = useCallback(() => {
    for (const item of itemsRef.current) if (item.localUrl) URL.revokeObjectURL(item.localUrl)
    setItems([])
    setRefused(false)
  }, [])

  // Leaving the conversation stops whatever is still uploading; the sweep takes the rest.
  useEffect(
    () => () => {
      for (const controller of controllers.current.values()) controller.abort()
    },
    [],
  )

  const ready = items.flatMap((item) => (item.uploaded ? [item.uploaded] : []))
  return {
    items,
    ready,
    /** Something is still uploading or failed: the message waits for it or its removal. */
    busy: items.some((item) => item.status !== 'ready'),
    refused,
    add,
    remove,
    retry,
    clear,
  }
}

export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>
