import { useCallback, useEffect, useState } from 'react'

export interface Countdown {
  /** Whole seconds left, 0 when idle or finished. */
  remaining: number
  start: (seconds: number) => void
}

/**
 * Counts down to a deadline rather than counting ticks, so a phone that throttles timers in
 * a background tab still shows the right time when it comes back.
 */
export function useCountdown(): Countdown {
  const [deadline, setDeadline] = useState<number | null>(null)
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (deadline === null) return
    const timer = setInterval(() => {
      const time = Date.now()
      setNow(time)
      if (time >= deadline) clearInterval(timer)
    }, 250)
    return () => clearInterval(timer)
  }, [deadline])

  const start = useCallback((seconds: number) => {
    const time = Date.now()
    setNow(time)
    setDeadline(time + seconds * 1000)
  }, [])

  const remaining = deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000))
  return { remaining, start }
}
