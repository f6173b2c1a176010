import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ME_KEY } from '../session/api/me.ts'
import { SESSION_KEY } from '../session/api/session.ts'
import {
  clearOfflineCopy,
  keepOfflineCopy,
  mayKeepOffline,
  OFFLINE_COPY_MAX_AGE_MS,
  OFFLINE_COPY_STORAGE_KEY,
} from './offline-copy.ts'

const SESSION = {
  user: { id: 'u1', type: 'patient' },
  session: { id: 's1', expiresAt: null },
  permissions: [],
  totpSetupRequired: false,
}
const KEEP = [['appointments', 'list']] as const

function stored(): string {
  return localStorage.getItem(OFFLINE_COPY_STORAGE_KEY) ?? ''
}

/** A client with the given answers cached, saved through keepOfflineCopy. */
function savedCopyOf(entries: [readonly unknown[], unknown][], meta?: Record<string, unknown>) {
  const client = new QueryClient()
  const stop = keepOfflineCopy(client, { keep: KEEP })
  for (const [key, data] of entries) {
    client.getQueryCache().build(client, { queryKey: key, meta }).setData(data)
  }
  vi.advanceTimersByTime(1_000)
  stop()
  return stored()
}

describe('mayKeepOffline', () => {
  it('keeps the session, the account and the prefixes the app names', () => {
    expect(mayKeepOffline(SESSION_KEY, KEEP)).toBe(true)
    expect(mayKeepOffline(ME_KEY, KEEP)).toBe(true)
    expect(mayKeepOffline(['appointments', 'list', 'upcoming'], KEEP)).toBe(true)
    expect(mayKeepOffline(['payments', 'history'], KEEP)).toBe(false)
  })

  it('never keeps notes, conversations or what is marked sensitive, whatever the app asks', () => {
    const keep = [['appointments'], ['threads']]
    expect(mayKeepOffline(['appointments', 'notes', 'a1'], keep)).toBe(false)
    expect(mayKeepOffline(['threads', 't1', 'messages'], keep)).toBe(false)
    expect(mayKeepOffline(['appointments', 'list'], keep, { sensitive: true })).toBe(false)
  })
})

describe('keepOfflineCopy', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('writes the kept answers of a signed-in person and leaves the others out', () => {
    const copy = savedCopyOf([
      [SESSION_KEY, SESSION],
      [['appointments', 'list', 'upcoming'], { items: ['kept appointment'] }],
      [['appointments', 'notes', 'a1'], { items: ['private note text'] }],
      [['threads', 't1', 'messages'], { items: ['what I wrote'] }],
    ])
    expect(copy).toContain('kept appointment')
    expect(copy).not.toContain('private note text')
    expect(copy).not.toContain('what I wrote')
  })

  it('keeps nothing for someone signed out', () => {
    expect(savedCopyOf([[['appointments', 'list', 'upcoming'], { items: [] }]])).toBe('')
  })

  it('restores the session and screens into a new cache before anything renders', () => {
    savedCopyOf([
      [SESSION_KEY, SESSION],
      [['appointments', 'list', 'upcoming'], { items: ['kept appointment'] }],
    ])
    const reloaded = new QueryClient()
    keepOfflineCopy(reloaded, { keep: KEEP })()
    expect(reloaded.getQueryData(SESSION_KEY)).toEqual(SESSION)
    // Asked for again whenever shown, however fresh it was when kept.
    expect(reloaded.getQueryState(SESSION_KEY)?.isInvalidated).toBe(true)
    expect(reloaded.getQueryData(['appointments', 'list', 'upcoming'])).toEqual({
      items: ['kept appointment'],
    })
  })

  it('drops a copy older than its maximum age', () => {
    savedCopyOf([[SESSION_KEY, SESSION]])
    const later = () => Date.now() + OFFLINE_COPY_MAX_AGE_MS + 1
    const reloaded = new QueryClient()
    keepOfflineCopy(reloaded, { keep: KEEP, now: later })()
    expect(reloaded.getQueryData(SESSION_KEY)).toBeUndefined()
    expect(stored()).toBe('')
  })

  it('forgets the copy once the session is gone', () => {
    const client = new QueryClient()
    const stop = keepOfflineCopy(client, { keep: KEEP })
    client.setQueryData(SESSION_KEY, SESSION)
    vi.advanceTimersByTime(1_000)
    expect(stored()).not.toBe('')
    // The server answered "signed out" (an expired session, or signed out elsewhere).
    client.setQueryData(SESSION_KEY, null)
    vi.advanceTimersByTime(1_000)
    expect(stored()).toBe('')
    stop()
  })

  it('writes what is pending when the page goes away', () => {
    const client = new QueryClient()
    const stop = keepOfflineCopy(client, { keep: KEEP })
    client.setQueryData(SESSION_KEY, SESSION)
    window.dispatchEvent(new Event('pagehide'))
    expect(stored()).toContain('u1')
    stop()
  })

  it('is cleared at once by sign-out', () => {
    savedCopyOf([[SESSION_KEY, SESSION]])
    clearOfflineCopy()
    expect(stored()).toBe('')
  })
})
