import { useCallback, useEffect, useRef } from 'react'
import { useSearchParams } from 'react-router'

/**
 * The page's search params, with a setter that builds on the newest ones. The router applies a
 * navigation asynchronously and renders it in a transition, so two quick changes (two selects
 * in a row) can both start from the same render, and the second would drop the first. The
 * setter remembers what it last asked for until a render shows it.
 */
export function useLatestSearchParams() {
  const [params, setParams] = useSearchParams()
  const requested = useRef<string | null>(null)
  useEffect(() => {
    if (requested.current === params.toString()) requested.current = null
  }, [params])

  const update = useCallback(
    (next: (latest: URLSearchParams) => URLSearchParams) => {
      const latest = new URLSearchParams(requested.current ?? params)
      const target = next(latest)
      if (target.toString() === latest.toString()) return
      requested.current = target.toString()
      // replace: a filter change is not a page of its own in the back button's history.
      setParams(target, { replace: true })
    },
    [params, setParams],
  )
  return [params, update] as const
}
