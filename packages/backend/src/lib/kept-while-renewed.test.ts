import { describe, expect, it } from 'vitest'
import { keptWhileRenewed } from './kept-while-renewed.ts'

/** A computation the test finishes by hand, counting how many were started. */
function computations() {
  const started: { resolve: (value: string) => void; reject: (error: Error) => void }[] = []
  const compute = () =>
    new Promise<string>((resolve, reject) => {
      started.push({ resolve, reject })
    })
  return { started, compute }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('keptWhileRenewed', () => {
  it('computes once for callers who ask at the same time', async () => {
    const clock = { ms: 0 }
    const cache = keptWhileRenewed<string>(60_000, () => clock.ms)
    const { started, compute } = computations()
    const first = cache.get('week', compute)
    const second = cache.get('week', compute)
    expect(started).toHaveLength(1)
    started[0]?.resolve('a')
    expect(await first).toBe('a')
    expect(await second).toBe('a')
  })

  it('answers with the kept value while a stale one is renewed, then with the new one', async () => {
    const clock = { ms: 0 }
    const cache = keptWhileRenewed<string>(60_000, () => clock.ms)
    const { started, compute } = computations()
    const first = cache.get('week', compute)
    started[0]?.resolve('old')
    await first
    clock.ms = 61_000
    // Stale: this caller starts the renewal and is not kept waiting for it.
    expect(await cache.get('week', compute)).toBe('old')
    expect(started).toHaveLength(2)
    // Others asking meanwhile neither wait nor start another.
    expect(await cache.get('week', compute)).toBe('old')
    expect(started).toHaveLength(2)
    started[1]?.resolve('new')
    await settle()
    expect(await cache.get('week', compute)).toBe('new')
    expect(started).toHaveLength(2)
  })

  it('keeps the old value when a renewal fails, and tries again on the next call', async () => {
    const clock = { ms: 0 }
    const cache = keptWhileRenewed<string>(1_000, () => clock.ms)
    const { started, compute } = computations()
    const first = cache.get('week', compute)
    started[0]?.resolve('old')
    await first
    clock.ms = 2_000
    expect(await cache.get('week', compute)).toBe('old')
    started[1]?.reject(new Error('database gone'))
    await settle()
    expect(await cache.get('week', compute)).toBe('old')
    expect(started).toHaveLength(3)
  })

  it('forgets a first computation that failed, so the next caller computes afresh', async () => {
    const cache = keptWhileRenewed<string>(60_000, () => 0)
    const { started, compute } = computations()
    const first = cache.get('week', compute)
    started[0]?.reject(new Error('database gone'))
    await expect(first).rejects.toThrow('database gone')
    const second = cache.get('week', compute)
    expect(started).toHaveLength(2)
    started[1]?.resolve('fresh')
    expect(await second).toBe('fresh')
  })

  it('computes a new key at once and drops the old one', async () => {
    const cache = keptWhileRenewed<string>(60_000, () => 0)
    const { started, compute } = computations()
    const last = cache.get('last week', compute)
    started[0]?.resolve('a')
    await last
    const next = cache.get('this week', compute)
    expect(started).toHaveLength(2)
    started[1]?.resolve('b')
    expect(await next).toBe('b')
  })

  it('computes on every call when keeping is off', async () => {
    const cache = keptWhileRenewed<string>(0, () => 0)
    const { started, compute } = computations()
    void cache.get('week', compute)
    void cache.get('week', compute)
    expect(started).toHaveLength(2)
  })
})
