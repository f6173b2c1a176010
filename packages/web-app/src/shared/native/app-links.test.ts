import { describe, expect, it } from 'vitest'
import { appPathOf } from './app-links.ts'

describe('appPathOf', () => {
  it('opens App Links under /app/ at the path after it, query kept', () => {
    expect(appPathOf('https://yektayar.ir/app/payments/result?status=success&transaction=t1')).toBe(
      '/payments/result?status=success&transaction=t1',
    )
    expect(appPathOf('https://yektayar.ir/app')).toBe('/')
  })

  it('opens the custom scheme at the path it names', () => {
    expect(appPathOf('yektayar://payments/result?status=failed')).toBe(
      '/payments/result?status=failed',
    )
    expect(appPathOf('yektayar:///appointments')).toBe('/appointments')
    expect(appPathOf('yektayar://dashboard')).toBe('/dashboard')
  })

  it('refuses anything else, and anything that would leave the app', () => {
    expect(appPathOf('https://yektayar.ir/payments/result')).toBeNull()
    expect(appPathOf('https://yektayar.ir/application')).toBeNull()
    expect(appPathOf('http://yektayar.ir/app/dashboard')).toBeNull()
    expect(appPathOf('javascript:alert(1)')).toBeNull()
    expect(appPathOf('https://yektayar.ir/app//evil.example/x')).toBeNull()
    expect(appPathOf('not a url')).toBeNull()
  })
})
