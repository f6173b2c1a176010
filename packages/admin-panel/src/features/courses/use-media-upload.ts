import type { UploadedFile } from '@yektayar/shared/types'
import { uploadFile } from '@yektayar/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

export type MediaUpload =
  | { status: 'idle' }
  | { status: 'uploading'; file: File; sent: number }
  | { status: 'ready'; file: File; uploaded: UploadedFile }
  /** `error`: an ApiError (FILE_TOO_LARGE, NETWORK_ERROR…) for useProblemMessage. */
  | { status: 'failed'; file: File; error: unknown }

/**
 * One course media file (POST /files, purpose `course_media`) with its progress; cancel stops
 * it, retry sends the same file again. Leaving the page stops an upload under way (the server
 * removes what nobody used).
 */
export function useMediaUpload() {
  const [state, setState] = useState<MediaUpload>({ status: 'idle' })
  const controller = useRef<AbortController | null>(null)

  const start = useCallback((file: File) => {
    controller.current?.abort()
    const current = new AbortController()
    controller.current = current
    setState({ status: 'uploading', file, sent: 0 })
    uploadFile({
      purpose: 'course_media',
      file,
      signal: current.signal,
      onProgress: (sent) => setState({ status: 'uploading', file, sent }),
    })
      .then((uploaded) => setState({ status: 'ready', file, uploaded }))
      .catch((error: unknown) => {
        if (current.signal.aborted) return
        setState({ status: 'failed', file, error })
      })
  }, [])

  const cancel = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    setState({ status: 'idle' })
  }, [])

  const retry = useCallback(() => {
    if (state.status === 'failed') start(state.file)
  }, [state, start])

  useEffect(() => () => controller.current?.abort(), [])

  return { state, start, cancel, retry }
}
