import { describe, expect, it } from 'vitest'
import { createRequestIdGenerator } from './request-id.ts'

describe('request ids', () => {
  it('never repeats within a process', () => {
    const next = createRequestIdGenerator()
    const ids = Array.from({ length: 10_000 }, next)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('differs between processes (each boot draws its own prefix)', () => {
    const first = createRequestIdGenerator()()
    const second = createRequestIdGenerator()()
    expect(first).toMatch(/^[0-9a-f]{12}-1$/)
    expect(second).toMatch(/^[0-9a-f]{12}-1$/)
    expect(first).not.toBe(second)
  })
})
