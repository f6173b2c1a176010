import { describe, expect, it } from 'vitest'
import { landingPathAfterSignIn, needsOnboarding } from './landing-path.ts'

const person = (profile: Record<string, unknown>) => ({
  user: { profile } as never,
  isNewUser: false,
})

describe('landingPathAfterSignIn', () => {
  it('prefers a safe local next path', () => {
    expect(landingPathAfterSignIn('/appointments?x=1', person({}))).toBe('/appointments?x=1')
  })

  it('refuses other sites and protocol-relative paths', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example']) {
      expect(landingPathAfterSignIn(next, person({ firstName: 'Sara' }))).toBe('/dashboard')
    }
  })

  it('welcomes someone without a first name, else opens the dashboard', () => {
    expect(landingPathAfterSignIn(null, person({}))).toBe('/welcome')
    expect(landingPathAfterSignIn(null, person({ firstName: '  ' }))).toBe('/welcome')
    expect(landingPathAfterSignIn(null, person({ firstName: 'سارا' }))).toBe('/dashboard')
    expect(needsOnboarding(undefined)).toBe(true)
  })
})
