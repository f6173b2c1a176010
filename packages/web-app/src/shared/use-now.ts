import { useEffect, useState } from 'react'

/**
 * The current time, updated every `everyMs`: enough for "is the room open yet" or "may I still
 * edit this".
 */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
