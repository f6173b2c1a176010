import { apiFetch, readApiAnswer } from '@yektayar/ui'

/**
 * Answers a route document asked for before the app had run (public/course-prefetch.js), by
 * API path. Each is taken once: what the app asks for later is asked anew.
 */
declare global {
  var __yektayarPrefetch: Record<string, Promise<Response>> | undefined
}

function takePrefetched(path: string): Promise<Response> | undefined {
  const answers = globalThis.__yektayarPrefetch
  const answer = answers?.[path]
  if (answers && answer) delete answers[path]
  return answer
}

/**
 * apiFetch for a GET the route document may have started already: its answer is read as
 * apiFetch would read it, and a prefetch that never reached the server is asked again.
 */
export function fetchOrTakePrefetched<T>(path: string): Promise<T> {
  const prefetched = takePrefetched(path)
  if (!prefetched) return apiFetch<T>(path)
  return prefetched.then(
    (response) => readApiAnswer<T>(response),
    () => apiFetch<T>(path),
  )
}
