import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCountdown } from './use-countdown.ts'

describe('useCountdown', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('is idle until started, then counts whole seconds down to zero', () => {
    const { result } = renderHook(() => useCountdown())
    expect(result.current.remaining).toBe(0)

    act(() => result.current.start(60))
    expect(result.current.remaining).toBe(60)

    act(() => vi.advanceTimersByTime(15_000))
    expect(result.current.remaining).toBe(45)

    act(() => vi.advanceTimersByTime(50_000))
    expect(result.current.remaining).toBe(0)
  })

  it('restarts from the full time when started again', () => {
    const { result } = renderHook(() => useCountdown())
    act(() => result.current.start(60))
    act(() => vi.advanceTimersByTime(59_000))

    act(() => result.current.start(60))

    expect(result.current.remaining).toBe(60)
  })
})
