import { afterEach, describe, expect, it, vi } from 'vitest'
import { paymentReturnField } from './payment-return.ts'

afterEach(() => vi.unstubAllGlobals())

describe('where a payment returns', () => {
  it('is left to the server on the web, and the /app/ result page in the Android app', () => {
    expect(paymentReturnField()).toEqual({})
    vi.stubGlobal('Capacitor', { isNativePlatform: () => true })
    expect(paymentReturnField()).toEqual({ returnTo: 'app' })
  })
})
