import { describe, expect, it } from 'vitest'
import { concurrencyLimit } from './concurrency-limit.ts'

describe('concurrencyLimit', () => {
  it('never runs more than max tasks at once and runs them all', async () => {
    const limited = concurrencyLimit(2)
    let running = 0
    let peak = 0
    const task = async (value: number) => {
      running += 1
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running -= 1
      return value
    }
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => limited(() => task(n))))
    expect(results).toEqual([1, 2, 3, 4, 5])
    expect(peak).toBe(2)
  })

  it('frees the slot when a task fails', async () => {
    const limited = concurrencyLimit(1)
    await expect(limited(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await limited(async () => 'next')).toBe('next')
  })
})
