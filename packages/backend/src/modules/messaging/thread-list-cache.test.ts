import { describe, expect, it } from 'vitest'
import { EncodedBody } from '../../lib/encoded-body.ts'
import { ThreadListCache } from './thread-list-cache.ts'

const page = (json: string) => new EncodedBody(Buffer.from(json))

describe('thread list cache', () => {
  it('answers a stored page until its user is invalidated', () => {
    const cache = new ThreadListCache({ ttlMs: 5_000, keyPrefix: 'x:' })
    cache.set('u', page('{"items":[]}'), cache.tick())
    expect(cache.get('u')?.identity.toString()).toBe('{"items":[]}')
    cache.invalidate(['u'])
    expect(cache.get('u')).toBeUndefined()
  })

  it('does not keep a page computed before an invalidation of its user', () => {
    const cache = new ThreadListCache({ ttlMs: 5_000, keyPrefix: 'x:' })
    const computedFrom = cache.tick()
    cache.invalidate(['u'])
    cache.set('u', page('stale'), computedFrom)
    expect(cache.get('u')).toBeUndefined()
    cache.set('v', page('fresh'), computedFrom)
    expect(cache.get('v')?.identity.toString()).toBe('fresh')
  })

  it('stores nothing when turned off', () => {
    const cache = new ThreadListCache({ ttlMs: 0, keyPrefix: 'x:' })
    cache.set('u', page('page'), cache.tick())
    expect(cache.get('u')).toBeUndefined()
  })
})
