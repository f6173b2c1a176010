import { ARTICLE_READ_SECONDS } from '@yektayar/shared/types'
import { useEffect, useRef } from 'react'

/**
 * Calls `onRead` once the article has been on screen for ARTICLE_READ_SECONDS (Open edX counts
 * a text as seen after a few seconds); time while the tab is hidden does not count.
 */
export function useReadTimer(onRead: () => void, active: boolean): void {
  const callback = useRef(onRead)
  callback.current = onRead
  useEffect(() => {
    if (!active) return
    let seen = 0
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return
      seen++
      if (seen < ARTICLE_READ_SECONDS) return
      clearInterval(timer)
      callback.current()
    }, 1000)
    return () => clearInterval(timer)
  }, [active])
}
