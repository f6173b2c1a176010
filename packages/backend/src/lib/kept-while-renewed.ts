/**
 * One value per key, computed at most once per `keepMs` however many ask at once, and renewed
 * without making anyone wait: once it is older than `keepMs`, the next caller starts the new
 * computation and is answered with the kept value, as is everyone until the new one is ready.
 * Only the very first caller for a key (or the first after a failure) waits. A failed renewal
 * keeps the old value and lets the next caller try again.
 */
export interface KeptWhileRenewed<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>
}

interface Kept<T> {
  key: string
  /** When the value in hand was asked for; renewals start `keepMs` after it. */
  at: number
  value: Promise<T>
  renewing: boolean
}

/** `keepMs` 0 computes on every call. One key is kept: asking for another drops the old one. */
export function keptWhileRenewed<T>(keepMs: number, now: () => number): KeptWhileRenewed<T> {
  let kept: Kept<T> | undefined
  const start = (key: string, compute: () => Promise<T>): Promise<T> => {
    const entry: Kept<T> = { key, at: now(), value: compute(), renewing: false }
    kept = entry
    entry.value.catch(() => {
      if (kept === entry) kept = undefined
    })
    return entry.value
  }
  return {
    get(key, compute) {
      if (keepMs === 0) return compute()
      const entry = kept
      if (!entry || entry.key !== key) return start(key, compute)
      if (entry.renewing || now() - entry.at < keepMs) return entry.value
      entry.renewing = true
      const at = now()
      compute().then(
        (value) => {
          if (kept === entry) kept = { key, at, value: Promise.resolve(value), renewing: false }
        },
        () => {
          entry.renewing = false
          entry.at = 0 // stale still: the next caller tries again
        },
      )
      return entry.value
    },
  }
}
