import { afterEach, describe, expect, it, vi } from 'vitest'
import PREFETCH_SCRIPT from '../../../public/course-prefetch.js?raw'
import { fetchOrTakePrefetched } from './prefetched-answer.ts'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** Runs the route document's script as the browser would, at `path`. */
function runPrefetchAt(path: string) {
  window.history.replaceState(null, '', path)
  new Function(PREFETCH_SCRIPT)()
}

afterEach(() => {
  vi.unstubAllGlobals()
  globalThis.__yektayarPrefetch = undefined
  window.history.replaceState(null, '', '/')
})

describe('the course prefetch script', () => {
  it("asks for a lesson's course as apiFetch would: cookie, the person's language, JSON", () => {
    const fetch = vi.fn(async () => json({}))
    vi.stubGlobal('fetch', fetch)
    localStorage.setItem('yektayar.language', 'en')
    runPrefetchAt('/courses/c-1/lessons/l-2')
    expect(fetch).toHaveBeenCalledOnce()
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(path).toBe('/api/v1/courses/c-1')
    expect(init.credentials).toBe('include')
    expect(init.headers).toMatchObject({ 'Accept-Language': 'en' })
    expect(Object.keys(globalThis.__yektayarPrefetch ?? {})).toEqual(['/api/v1/courses/c-1'])
  })

  it('asks for nothing on the catalogue or elsewhere', () => {
    const fetch = vi.fn(async () => json({}))
    vi.stubGlobal('fetch', fetch)
    for (const path of ['/courses', '/courses/', '/psychologists/p-1', '/courses/c/lessons']) {
      runPrefetchAt(path)
    }
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('an answer the route document asked for', () => {
  it('is taken once instead of asking again', async () => {
    const fetch = vi.fn(async () => json({ id: 'asked again' }))
    vi.stubGlobal('fetch', fetch)
    globalThis.__yektayarPrefetch = { '/api/v1/courses/c-1': Promise.resolve(json({ id: 'c-1' })) }
    await expect(fetchOrTakePrefetched('/api/v1/courses/c-1')).resolves.toEqual({ id: 'c-1' })
    expect(fetch).not.toHaveBeenCalled()
    await expect(fetchOrTakePrefetched('/api/v1/courses/c-1')).resolves.toEqual({
      id: 'asked again',
    })
  })

  it("fails as apiFetch fails, with the problem's code", async () => {
    const problem = { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' }
    globalThis.__yektayarPrefetch = { '/api/v1/courses/x': Promise.resolve(json(problem, 404)) }
    await expect(fetchOrTakePrefetched('/api/v1/courses/x')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('is asked again when the prefetch never reached the server', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ id: 'c-1' })),
    )
    globalThis.__yektayarPrefetch = {
      '/api/v1/courses/c-1': Promise.reject(new TypeError('offline')),
    }
    await expect(fetchOrTakePrefetched('/api/v1/courses/c-1')).resolves.toEqual({ id: 'c-1' })
  })
})
