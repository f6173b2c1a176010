import { describe, expect, it } from 'vitest'
import type { AuthContext } from '../../lib/auth-context.ts'
import { SessionCache } from './session-cache.ts'

const auth = (userId: string, sessionId: string): AuthContext => ({
  userId,
  sessionId,
  userType: 'patient',
  permissions: new Set(),
})

describe('SessionCache', () => {
  it('answers until the TTL or the session deadline, whichever is first', () => {
    const cache = new SessionCache(10_000)
    const now = Date.now()
    cache.set('a', auth('u1', 's1'), now + 60_000, cache.generation)
    cache.set('b', auth('u1', 's2'), now + 1_000, cache.generation)
    expect(cache.get('a', now + 5_000)?.sessionId).toBe('s1')
    expect(cache.get('a', now + 10_001)).toBeUndefined()
    expect(cache.get('b', now + 1_001)).toBeUndefined()
  })

  it('drops by session, by user, or everything', () => {
    const cache = new SessionCache(10_000)
    const now = Date.now()
    const put = (hash: string, user: string, session: string) =>
      cache.set(hash, auth(user, session), now + 60_000, cache.generation)
    put('a', 'u1', 's1')
    put('b', 'u1', 's2')
    put('c', 'u2', 's3')
    cache.invalidateSession('s1')
    expect(cache.get('a', now)).toBeUndefined()
    expect(cache.get('b', now)).toBeDefined()
    cache.invalidateUser('u1')
    expect(cache.get('b', now)).toBeUndefined()
    expect(cache.get('c', now)).toBeDefined()
    cache.invalidateAll()
    expect(cache.get('c', now)).toBeUndefined()
  })

  it('does not store a look-up that raced an invalidation', () => {
    const cache = new SessionCache(10_000)
    const readAt = cache.generation
    cache.invalidateSession('s1')
    cache.set('a', auth('u1', 's1'), Date.now() + 60_000, readAt)
    expect(cache.get('a', Date.now())).toBeUndefined()
  })

  it('stores nothing with a TTL of 0', () => {
    const cache = new SessionCache(0)
    cache.set('a', auth('u1', 's1'), Date.now() + 60_000, cache.generation)
    expect(cache.get('a', Date.now())).toBeUndefined()
  })
})
