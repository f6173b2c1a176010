import { afterEach, describe, expect, it, vi } from 'vitest'
import { isNativeApp } from './native-platform.ts'

afterEach(() => vi.unstubAllGlobals())

describe('isNativeApp', () => {
  it('is false in a browser, where no Capacitor bridge exists', () => {
    expect(isNativeApp()).toBe(false)
  })

  it("is true only when Capacitor's bridge says it runs on a native platform", () => {
    vi.stubGlobal('Capacitor', { isNativePlatform: () => false })
    expect(isNativeApp()).toBe(false)
    vi.stubGlobal('Capacitor', { isNativePlatform: () => true })
    expect(isNativeApp()).toBe(true)
  })
})
