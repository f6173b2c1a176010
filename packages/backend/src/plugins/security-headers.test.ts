import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaderSets } from './security-headers.ts'

const development = { isProduction: false }
const production = { isProduction: true }

describe('security headers', () => {
  it('allows only our own origin in the CSP, and no framing, plugins or foreign forms', () => {
    const directives = new Map(
      contentSecurityPolicy(development)
        .split(';')
        .map((directive) => {
          const [name = '', ...values] = directive.split(' ')
          return [name, values.join(' ')]
        }),
    )
    expect(directives.get('default-src')).toBe("'self'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('style-src')).toBe("'self'")
    expect(directives.get('connect-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(directives.get('form-action')).toBe("'self'")
    expect(directives.get('base-uri')).toBe("'self'")
    expect(directives.has('upgrade-insecure-requests')).toBe(false)
  })

  it('allows images from our own origin only, where every upload is served, S3 or disk', () => {
    const imgSrc = contentSecurityPolicy(production)
      .split(';')
      .find((directive) => directive.startsWith('img-src '))
    // Avatars and photos come from /api/v1/files/public/… on this origin (the backend streams
    // them from S3 too: there is no bucket or CDN origin to allow); data: and blob: are the
    // crop preview's local pictures.
    expect(imgSrc).toBe("img-src 'self' data: blob:")
    expect(contentSecurityPolicy(production)).not.toMatch(/https?:|\*/)
  })

  it('upgrades insecure requests and sends HSTS in production only', () => {
    expect(contentSecurityPolicy(production)).toContain('upgrade-insecure-requests')
    expect(securityHeaderSets(production).api['strict-transport-security']).toMatch(/max-age=\d+/)
    expect(securityHeaderSets(development).api['strict-transport-security']).toBeUndefined()
  })

  it('sends nosniff, no-referrer and frame protection on every response', () => {
    for (const set of Object.values(securityHeaderSets(production))) {
      expect(set).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'SAMEORIGIN',
        'cross-origin-resource-policy': 'same-origin',
      })
    }
  })

  it('keeps the document-only headers off JSON answers', () => {
    const { api, document } = securityHeaderSets(production)
    expect(document['content-security-policy']).toBe(contentSecurityPolicy(production))
    expect(document['cross-origin-opener-policy']).toBe('same-origin')
    expect(api['content-security-policy']).toBeUndefined()
    expect(api['cross-origin-opener-policy']).toBeUndefined()
  })
})
