import { describe, expect, it } from 'vitest'
import { Conflict, hasSqlState, orConflict, retryOnDeadlock } from './sql-state.ts'

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' })

describe('hasSqlState', () => {
  it('finds the code on a wrapped driver error and not elsewhere', () => {
    const wrapped = new Error('Failed query', { cause: deadlock() })
    expect(hasSqlState(wrapped, '40P01')).toBe(true)
    expect(hasSqlState(wrapped, '23P01')).toBe(false)
    expect(hasSqlState(undefined, '40P01')).toBe(false)
  })
})

describe('retryOnDeadlock', () => {
  it('runs the work again after a deadlock and returns its answer', async () => {
    let calls = 0
    const answer = await retryOnDeadlock(async () => {
      calls++
      if (calls === 1) throw new Error('Failed query', { cause: deadlock() })
      return 'booked'
    })
    expect(answer).toBe('booked')
    expect(calls).toBe(2)
  })

  it('gives up after the last attempt with the deadlock itself', async () => {
    let calls = 0
    const work = async () => {
      calls++
      throw deadlock()
    }
    await expect(retryOnDeadlock(work, 3)).rejects.toMatchObject({ code: '40P01' })
    expect(calls).toBe(3)
  })

  it('does not run the work again for any other error', async () => {
    let calls = 0
    const work = async () => {
      calls++
      throw Object.assign(new Error('overlap'), { code: '23P01' })
    }
    await expect(retryOnDeadlock(work)).rejects.toMatchObject({ code: '23P01' })
    expect(calls).toBe(1)
  })
})

describe('orConflict', () => {
  const uniqueOn = (constraint: string) =>
    new Error('Failed query', {
      cause: Object.assign(new Error(`duplicate key violates "${constraint}"`), { code: '23505' }),
    })

  it('answers a Conflict for the named constraint and rethrows anything else', async () => {
    const taken = await orConflict(Promise.reject(uniqueOn('idx_a')), 'unique', 'idx_a')
    expect(taken).toEqual(new Conflict('unique', 'idx_a'))
    await expect(orConflict(Promise.reject(uniqueOn('idx_b')), 'unique', 'idx_a')).rejects.toThrow(
      'Failed query',
    )
    await expect(orConflict(Promise.reject(deadlock()), 'exclusion')).rejects.toMatchObject({
      code: '40P01',
    })
    expect(await orConflict(Promise.resolve('row'), 'unique')).toBe('row')
  })
})
